using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// The portal's policies (<see cref="PortalPolicies"/>) with the API's policy scheme: the same requirements, so
/// authorization is identical to the pages, checked against the cookie or the bearer token.
/// </summary>
public static class ApiPolicies
{
    public const string Resident = "api:" + PortalPolicies.Resident;
    public const string Staff = "api:" + PortalPolicies.Staff;

    internal sealed class Setup : IPostConfigureOptions<AuthorizationOptions>
    {
        public void PostConfigure(string? name, AuthorizationOptions options)
        {
            Copy(options, PortalPolicies.Resident, Resident);
            Copy(options, PortalPolicies.Staff, Staff);
        }

        private static void Copy(AuthorizationOptions options, string portalPolicy, string apiPolicy)
        {
            var portal = options.GetPolicy(portalPolicy)
                ?? throw new InvalidOperationException($"The portal policy '{portalPolicy}' is missing: AddPortalIdentity must run.");
            // Only the requirements: a scheme the portal policy names (the cookie) would also challenge with a redirect.
            options.AddPolicy(apiPolicy, new AuthorizationPolicyBuilder(ApiSchemes.Api).AddRequirements([.. portal.Requirements]).Build());
        }
    }
}
