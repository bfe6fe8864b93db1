using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Scorecard.Api.Security;

/// <summary>
/// Keys are 256 random bits, so one SHA-256 is enough to store them safely; passwords are chosen by people and
/// need a slow, salted hash (PBKDF2) so a leaked configuration does not give them away.
/// </summary>
public static class SecretHashing
{
    public const string KeyPrefix = "sck_";
    private const string PasswordScheme = "pbkdf2-sha256";
    public const int PasswordIterations = 600_000;

    /// <summary>A fresh key: a prefix people recognise in a secret scanner, then 32 random bytes base64url.</summary>
    public static string NewKey() => KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A fresh password for a Basic user: 18 random bytes, base64url (24 characters).</summary>
    public static string NewPassword() => Base64Url(RandomNumberGenerator.GetBytes(18));

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));

    /// <summary>Constant-time comparison of a presented key with a stored hash.</summary>
    public static bool KeyMatches(string presentedKey, string storedSha256)
    {
        Span<byte> presented = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey.Trim()), presented);
        byte[] stored;
        try { stored = Convert.FromHexString(storedSha256.Trim()); }
        catch (FormatException) { return false; }
        return stored.Length == 32 && CryptographicOperations.FixedTimeEquals(presented, stored);
    }

    public static string HashPassword(string password, int iterations = PasswordIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Join('$', PasswordScheme, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool PasswordMatches(string password, string stored)
    {
        var parts = stored.Trim().Split('$');
        if (parts.Length != 4 || parts[0] != PasswordScheme) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 10_000) return false;
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
