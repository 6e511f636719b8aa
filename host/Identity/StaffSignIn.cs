using System.Security.Claims;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Identity;

/// <summary>
/// After SITHS (its stand-in: choosing a seeded HSA identity) verified a member of staff: a Login row and the
/// session's claims, with every role the person holds. Unknown HSA-ids are refused.
/// </summary>
public sealed class StaffSignIn(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <returns>Null when no staff member has this HSA-id.</returns>
    public async Task<ClaimsPrincipal?> SignInAsync(string hsaId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var staff = await db.Staff.Include(s => s.Roles).SingleOrDefaultAsync(s => s.HsaId == hsaId, cancellationToken);
        if (staff is null) return null;
        db.Logins.Add(new Login { At = time.GetUtcNow(), Kind = PortalClaims.StaffKind, Method = LoginMethods.Siths });
        await db.SaveChangesAsync(cancellationToken);

        var claims = new List<Claim>
        {
            new(PortalClaims.Kind, PortalClaims.StaffKind),
            new(PortalClaims.HsaId, staff.HsaId),
            new(PortalClaims.Name, staff.Name),
            new(PortalClaims.Title, staff.Title),
            new(PortalClaims.Method, LoginMethods.Siths),
        };
        claims.AddRange(staff.Roles.Select(r => new Claim(PortalClaims.Role, RoleClaim.Format(r.Role, r.ClinicKey, r.RegionKey))));
        return PortalPrincipal.Create(claims);
    }

    /// <summary>The identities offered on the test login page, by name.</summary>
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Staff.AsNoTracking().Include(s => s.Roles).OrderBy(s => s.Name).ToListAsync(cancellationToken);
    }
}
