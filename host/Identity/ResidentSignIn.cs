using System.Security.Claims;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Identity;

/// <summary>
/// After an identity provider verified a resident (the test page or OpenID Connect): the Resident row
/// (created when unknown; the first login activates the inbox), a Login row for statistics and the session's
/// claims. A locked account may still log in: locking only stops staff from sending to it. A deceased person's
/// account is inactivated: the login is refused (null) and nothing is recorded.
/// </summary>
public sealed class ResidentSignIn(IDbContextFactory<PortalDbContext> contexts, DefinitionLibrary definitions, TimeProvider time)
{
    public const string UnknownName = "Okänd invånare";
    public const string DefaultRegion = "jonkopings-lan";
    /// <summary>Shown on the login page when the personnummer belongs to an inactivated (deceased) account.</summary>
    public const string Inactivated = "Kontot för det här personnumret är inaktiverat och kan inte användas för att logga in.";

    /// <returns>The session's principal; null when the account is inactivated (<see cref="AccountStatus.Deceased"/>).</returns>
    public async Task<ClaimsPrincipal?> SignInAsync(Pnr personnummer, string method, CancellationToken cancellationToken = default)
    {
        if (personnummer.IsSamordningsnummer) throw new ArgumentException("Samordningsnummer cannot log in as residents.", nameof(personnummer));
        if (!LoginMethods.IsResidentMethod(method)) throw new ArgumentException($"Unknown resident login method '{method}'.", nameof(method));
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.FindAsync([personnummer.TwelveDigits], cancellationToken);
        if (resident is null)
        {
            resident = new Resident { Personnummer = personnummer.TwelveDigits, Name = UnknownName, RegionKey = DefaultRegionKey() };
            db.Residents.Add(resident);
        }
        if (resident.AccountStatus == AccountStatus.Deceased) return null;
        if (resident.AccountStatus == AccountStatus.NeverLoggedIn)
        {
            resident.AccountStatus = AccountStatus.Active;
            resident.ActivatedAt = now;
        }
        resident.LastLoginAt = now;
        var today = SwedishTime.Today(time);
        db.Logins.Add(new Login
        {
            At = now, Kind = PortalClaims.ResidentKind, Method = method,
            AgeGroup = AgeGroups.For(personnummer.AgeOn(today)),
            Sex = personnummer.IsMale ? "male" : "female",
            RegionKey = resident.RegionKey,
        });
        await db.SaveChangesAsync(cancellationToken);

        return PortalPrincipal.Create(
            new Claim(PortalClaims.Kind, PortalClaims.ResidentKind),
            new Claim(PortalClaims.Personnummer, resident.Personnummer),
            new Claim(PortalClaims.Name, resident.Name),
            new Claim(PortalClaims.Method, method));
    }

    private string DefaultRegionKey() => definitions.Catalog.Regions.FirstOrDefault()?.Key ?? DefaultRegion;
}
