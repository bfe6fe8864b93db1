using System.Security.Cryptography;
using System.Text;

namespace Scorecard.Etl.Pseudonymisation;

/// <summary>
/// Replaces case-system identifiers with a keyed hash (HMAC-SHA256) before anything is staged or logged.
/// The kind of identifier ("person", "referral"...) is part of the hashed text, so the same number used
/// as a person id and as a referral id gives unrelated pseudonyms.
/// </summary>
public sealed class Pseudonymiser
{
    /// <summary>128 bits of the HMAC, as 32 hex characters: collision-free at any council's scale, half the storage.</summary>
    private const int PseudonymBytes = 16;
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;
    // Keying an HMAC costs more than hashing a short id: keep one keyed instance per thread and reuse it.
    private readonly ThreadLocal<IncrementalHash> _hmac;

    public Pseudonymiser(byte[] key)
    {
        if (key.Length < MinimumKeyBytes)
            throw new ArgumentException($"The pseudonymisation key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        _key = key.ToArray();
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key));
    }

    /// <summary>Key from its text form: base64 or hex, as produced by <see cref="NewKeyText"/>.</summary>
    public static Pseudonymiser FromKeyText(string keyText) => new(ParseKey(keyText));

    public static byte[] ParseKey(string keyText)
    {
        var t = keyText.Trim();
        if (t.Length == 0) throw new ArgumentException("The pseudonymisation key is empty.");
        try
        {
            if (t.Length % 2 == 0 && t.All(Uri.IsHexDigit)) return Convert.FromHexString(t);
            return Convert.FromBase64String(t);
        }
        catch (FormatException)
        {
            throw new ArgumentException("The pseudonymisation key must be base64 or hex (make one with `scorecard key new`).");
        }
    }

    public static string NewKeyText() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes));

    public string Pseudonymise(string kind, string identifier) => Pseudonymise(kind, identifier.AsSpan());

    public string Pseudonymise(string kind, ReadOnlySpan<char> identifier)
    {
        // kind + NUL + trimmed id, UTF-8, on the stack: this runs once per identifier per row.
        var id = identifier.Trim();
        var length = Encoding.UTF8.GetByteCount(kind) + 1 + Encoding.UTF8.GetByteCount(id);
        Span<byte> input = length <= 512 ? stackalloc byte[length] : new byte[length];
        var written = Encoding.UTF8.GetBytes(kind, input);
        input[written++] = 0;
        Encoding.UTF8.GetBytes(id, input[written..]);
        Span<byte> hash = stackalloc byte[32];
        var hmac = _hmac.Value!;
        hmac.AppendData(input);
        hmac.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..PseudonymBytes]);
    }
}
