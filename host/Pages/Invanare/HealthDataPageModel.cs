using System.Globalization;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Host.Ombud;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// The base of the read-only health pages (Journalen, Läkemedel, Högkostnadsskydd): they show the data of whoever
/// the request acts for (a guardian acting as ombud sees the child's), write every read to the access log with the
/// reader, and are never cached.
/// </summary>
public abstract class HealthDataPageModel(AccessLog accessLog, DefinitionLibrary library, TimeProvider clock) : ResidentPageModel
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The guardian's personnummer while acting for a child; null when the resident reads their own.</summary>
    protected string? OmbudPersonnummer => User.ActingGuardian();

    /// <summary>The child's name while acting as ombud, for headings ("Lilla Exempelssons journal").</summary>
    public string? RepresentedName => User.RepresentedChildName();

    protected DateOnly Today => SwedishTime.Today(clock);

    public string ClinicName(string clinicKey) => library.Catalog.FindClinic(clinicKey)?.Name ?? clinicKey;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Swedish);

    public static string Kronor(int amount) => amount.ToString("#,0", Swedish) + " kr";

    /// <summary>Health data must not stay in a shared computer's browser cache.</summary>
    protected void NoStore() => Response.Headers.CacheControl = "private, no-store";

    /// <summary>Logs the read of data held by these clinics; never what was shown.</summary>
    protected Task LogReadAsync(IEnumerable<string> clinicKeys, string what, CancellationToken cancellationToken) =>
        accessLog.ResidentReadAsync(Personnummer, OmbudPersonnummer, clinicKeys, what, cancellationToken);
}
