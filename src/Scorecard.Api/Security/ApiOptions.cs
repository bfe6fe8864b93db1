namespace Scorecard.Api.Security;

/// <summary>
/// Who may connect, bound from "Scorecard:Api". Only hashes live here: keys and passwords are shown once by
/// `scorecard api-key` and kept by the people who use them. Set these through environment variables or a
/// secret store (Scorecard__Api__Keys__0__Sha256=...), never in the repository.
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "Scorecard:Api";

    public List<ApiKeyEntry> Keys { get; set; } = [];
    public List<BasicUserEntry> Users { get; set; } = [];

    /// <summary>The header a script or gateway sends the key in.</summary>
    public string KeyHeader { get; set; } = "X-Api-Key";

    /// <summary>
    /// The query parameter Power BI's "Web API" credential sends the key in: the ApiKeyName of
    /// OData.Feed(url, null, [ApiKeyName="api_key"]).
    /// </summary>
    public string KeyQueryParameter { get; set; } = "api_key";

    /// <summary>Optional Entra ID (Azure AD) sign-in for Power BI's "Organizational account" credential.</summary>
    public EntraOptions Entra { get; set; } = new();

    /// <summary>Proxies (IP addresses) whose X-Forwarded-* headers are believed; no other request's are.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>
    /// The address Power BI uses (https://scorecard.council.gov.uk/performance): every nextLink, @odata.context and
    /// @odata.id is built on it, whatever Host the request carried. Unset, links use the address the request arrived
    /// at (this machine's, or what a trusted proxy forwarded), never a client's Host header.
    /// </summary>
    public string? PublicBaseAddress { get; set; }

    /// <summary>Repeated failing requests from one caller are answered 429 for a while (see <see cref="FailureLimitOptions"/>).</summary>
    public FailureLimitOptions FailureLimit { get; set; } = new();
}

public sealed class FailureLimitOptions
{
    /// <summary>Failed requests (4xx other than 429) one caller may make in <see cref="WindowSeconds"/>; 0 turns the limit off.</summary>
    public int MaxFailures { get; set; } = 60;

    /// <summary>The window failures are counted in, and how long a caller over the limit waits (Retry-After).</summary>
    public int WindowSeconds { get; set; } = 60;
}

public sealed class ApiKeyEntry
{
    /// <summary>Who holds the key ("Power BI service", "QA team workbook"): shown in logs instead of the key.</summary>
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the key text.</summary>
    public string Sha256 { get; set; } = "";
}

public sealed class BasicUserEntry
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>pbkdf2-sha256$iterations$salt$hash (base64), as `scorecard api-key user` prints it.</summary>
    public string PasswordHash { get; set; } = "";
}

public sealed class EntraOptions
{
    /// <summary>The directory (tenant) id. Bearer tokens are accepted only when this and Audience are set.</summary>
    public string? TenantId { get; set; }

    /// <summary>The feed's application id URI or client id: the audience Power BI asks Entra ID for.</summary>
    public string? Audience { get; set; }

    /// <summary>Defaults to https://login.microsoftonline.com/{TenantId}/v2.0.</summary>
    public string? Authority { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(Audience);

    public string ResolvedAuthority => string.IsNullOrWhiteSpace(Authority) ? $"https://login.microsoftonline.com/{TenantId}/v2.0" : Authority.TrimEnd('/');

    /// <summary>Where Power BI sends the user to sign in: named in the 401 challenge.</summary>
    public string AuthorizationUri => $"https://login.microsoftonline.com/{TenantId}/oauth2/authorize";
}
