using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// The API's policy scheme: bearer when the request has an Authorization header, else the portal's default
/// (cookie) scheme. Challenges and forbids always go to the bearer handler, which answers 401/403 as problem
/// details and never redirects to a login page.
/// </summary>
internal sealed class ApiSchemeSetup(IOptions<AuthenticationOptions> authentication) : IConfigureNamedOptions<PolicySchemeOptions>
{
    public void Configure(string? name, PolicySchemeOptions options)
    {
        if (name == ApiSchemes.Api) Configure(options);
    }

    public void Configure(PolicySchemeOptions options)
    {
        var cookie = authentication.Value.DefaultAuthenticateScheme ?? authentication.Value.DefaultScheme
            ?? throw new InvalidOperationException("The portal's cookie scheme must be the default authentication scheme.");
        options.ForwardDefaultSelector = context => ApiSchemes.HasAuthorizationHeader(context) ? ApiSchemes.Bearer : cookie;
        options.ForwardChallenge = ApiSchemes.Bearer;
        options.ForwardForbid = ApiSchemes.Bearer;
    }
}
