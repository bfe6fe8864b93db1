using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Scorecard.Api.Feed;

namespace Scorecard.Api.Security;

/// <summary>
/// API keys (header or query parameter) and Basic credentials, checked against the hashes in configuration.
/// It also writes the 401 challenge for every credential kind the feed accepts, because Power BI picks the
/// credential dialog it offers from the WWW-Authenticate headers of that first 401.
/// </summary>
internal sealed class CredentialsHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiOptions> api,
    IMemoryCache cache,
    PasswordCheckGate gate) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ScorecardCredentials";
    public const string MethodClaim = "scorecard:credential";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // The feed's own warm-up at start (FeedWarmUp): a feature only code in this process can set, never a client.
        if (Context.Features.Get<FeedWarmUp.Caller>() is not null) return Success(FeedWarmUp.CallerName, FeedRoles.Analyst, "WarmUp");
        var settings = api.CurrentValue;
        var key = Request.Headers[settings.KeyHeader].FirstOrDefault();
        // RequestGuards took it out of the query string before anything could copy it into a link or a log line.
        if (string.IsNullOrEmpty(key)) key = Context.Items[RequestGuards.QueryKeyItem] as string;
        if (!string.IsNullOrEmpty(key)) return AuthenticateKey(settings, key);

        var header = Request.Headers.Authorization.FirstOrDefault();
        if (header is not null && AuthenticationHeaderValue.TryParse(header, out var parsed)
            && string.Equals(parsed.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
            return await AuthenticateBasicAsync(settings, parsed.Parameter);
        return AuthenticateResult.NoResult();
    }

    private AuthenticateResult AuthenticateKey(ApiOptions settings, string key)
    {
        // Compare with every configured hash so the time taken says nothing about which one was close.
        ApiKeyEntry? match = null;
        foreach (var entry in settings.Keys)
            if (SecretHashing.KeyMatches(key, entry.Sha256)) match ??= entry;
        if (match is null)
        {
            Logger.LogInformation("Refused an API key that matches no configured key.");
            return AuthenticateResult.Fail("The API key is not recognised.");
        }
        return Success(match.Name, match.Role, "ApiKey");
    }

    private async Task<AuthenticateResult> AuthenticateBasicAsync(ApiOptions settings, string? parameter)
    {
        string decoded;
        try { decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter ?? "")); }
        catch (FormatException) { return AuthenticateResult.Fail("The Basic credentials are not valid base64."); }
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return AuthenticateResult.Fail("The Basic credentials need a user name and a password.");
        var (name, password) = (decoded[..colon], decoded[(colon + 1)..]);
        var user = settings.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));

        // PBKDF2 is slow on purpose; Power BI sends the same credentials with every page, so a success is
        // remembered (under a keyed hash of the credentials, never the password) for a few minutes.
        var cacheKey = "basic:" + Convert.ToHexString(HMACSHA256.HashData(gate.ProcessKey, Encoding.UTF8.GetBytes(decoded + "\0" + user?.PasswordHash)));
        if (user is not null && cache.TryGetValue(cacheKey, out _)) return Success(user.Name, user.Role, "Basic");

        var ok = await gate.CheckAsync(() => user is not null && SecretHashing.PasswordMatches(password, user.PasswordHash), Context.RequestAborted);
        if (!ok || user is null)
        {
            Logger.LogInformation("Refused Basic credentials for a user name that is unknown or has another password.");
            return AuthenticateResult.Fail("The user name or password is not recognised.");
        }
        cache.Set(cacheKey, true, TimeSpan.FromMinutes(5));
        return Success(user.Name, user.Role, "Basic");
    }

    private AuthenticateResult Success(string name, string configuredRole, string method)
    {
        if (FeedRoles.Normalise(configuredRole) is not { } role)
        {
            Logger.LogWarning("Credential {Name} is configured with role '{Role}', which is none of {Roles}: refused.", name, configuredRole, string.Join(", ", FeedRoles.All));
            return AuthenticateResult.Fail("This credential has no valid role configured.");
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role), new Claim(MethodClaim, method)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var settings = api.CurrentValue;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.Append("WWW-Authenticate", "Basic realm=\"Scorecard\", charset=\"UTF-8\"");
        if (settings.Entra.IsConfigured)
            // The form Power BI's "Organizational account" credential looks for (unquoted, as its documentation shows).
            Response.Headers.Append("WWW-Authenticate", $"Bearer authorization_uri={settings.Entra.AuthorizationUri}");
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure?.Message;
        var hint = $"Send an API key in the {settings.KeyHeader} header or the '{settings.KeyQueryParameter}' query parameter, Basic credentials"
            + (settings.Entra.IsConfigured ? ", or an Entra ID bearer token." : ".");
        await FeedErrors.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized", failure is null ? $"Sign in to read the feed. {hint}" : $"{failure} {hint}");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        FeedErrors.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden",
            $"Your role ({string.Join(", ", Context.User.FindAll(ClaimTypes.Role).Select(c => c.Value))}) may not read this. Board members read Measures, MeasureValues, Periods and OrgUnits; quality assurance adds CaseAudits; analysts read every set.");
}

/// <summary>
/// At most two PBKDF2 checks run at once, so a burst of wrong passwords queues instead of taking every core.
/// </summary>
internal sealed class PasswordCheckGate
{
    private readonly SemaphoreSlim _slots = new(2);

    /// <summary>Keys the cache of successful checks; new each process, so nothing derived from a password outlives it.</summary>
    public byte[] ProcessKey { get; } = RandomNumberGenerator.GetBytes(32);

    public async Task<bool> CheckAsync(Func<bool> check, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try { return check(); }
        finally { _slots.Release(); }
    }
}
