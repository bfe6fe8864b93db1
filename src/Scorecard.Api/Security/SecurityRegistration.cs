using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Scorecard.Api.Security;

public static class SecurityRegistration
{
    private const string SelectorScheme = "Scorecard";

    /// <summary>
    /// API key, Basic and (when Scorecard:Api:Entra is set) Entra ID bearer tokens, behind one default scheme that
    /// picks by what the request carries; roles become policies per kind of data.
    /// </summary>
    public static WebApplicationBuilder AddScorecardSecurity(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ApiOptions.Section);
        builder.Services.Configure<ApiOptions>(section);
        var entra = section.GetSection("Entra").Get<EntraOptions>() ?? new EntraOptions();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<PasswordCheckGate>();

        var auth = builder.Services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "API key, Basic or Entra ID", o =>
            {
                o.ForwardDefaultSelector = context =>
                    entra.IsConfigured && context.Request.Headers.Authorization.FirstOrDefault() is { } h
                        && h.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? JwtBearerDefaults.AuthenticationScheme
                        : CredentialsHandler.SchemeName;
                // Whatever failed, the 401 lists every credential kind, in the form Power BI understands.
                o.ForwardChallenge = CredentialsHandler.SchemeName;
                o.ForwardForbid = CredentialsHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, CredentialsHandler>(CredentialsHandler.SchemeName, null);

        if (entra.IsConfigured)
        {
            auth.AddJwtBearer(o =>
            {
                o.Authority = entra.ResolvedAuthority;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.ValidAudiences = [entra.Audience!, $"api://{entra.Audience}"];
                // Power BI asks for v1 tokens (issuer sts.windows.net); other clients may bring v2 ones.
                o.TokenValidationParameters.ValidIssuers = [$"https://sts.windows.net/{entra.TenantId}/", $"https://login.microsoftonline.com/{entra.TenantId}/v2.0"];
                // Entra app roles arrive in "roles"; name the app roles Board, QualityAssurance, Analyst, Admin.
                o.TokenValidationParameters.RoleClaimType = "roles";
                o.TokenValidationParameters.NameClaimType = "name";
            });
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(FeedPolicies.Scorecard, p => p.RequireRole(FeedPolicies.RolesFor(FeedPolicies.Scorecard)))
            .AddPolicy(FeedPolicies.CaseAudits, p => p.RequireRole(FeedPolicies.RolesFor(FeedPolicies.CaseAudits)))
            .AddPolicy(FeedPolicies.Records, p => p.RequireRole(FeedPolicies.RolesFor(FeedPolicies.Records)))
            .AddPolicy(FeedPolicies.Jobs, p => p.RequireRole(FeedPolicies.RolesFor(FeedPolicies.Jobs)));
        return builder;
    }

    /// <summary>What a log line may say about the caller: the credential's configured name, never the secret.</summary>
    public static string Describe(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? $"{user.Identity.Name} ({string.Join(",", user.FindAll(ClaimTypes.Role).Select(c => c.Value))})" : "anonymous";
}
