using System.Security.Claims;
using FormEngine.Host.Identity;

namespace FormEngine.Host.Pages.Shared;

/// <summary>One link in the header's navigation.</summary>
public sealed record NavLink(string Text, string Href);

/// <summary>The header navigation for whoever is signed in; one place for every area's top-level URLs.</summary>
public static class Navigation
{
    public const string ResidentStart = "/";
    public const string ResidentClinics = "/mottagningar";
    public const string ResidentInbox = "/inkorg";
    public const string ResidentDrafts = "/utkast";
    public const string ResidentBookings = "/tidbokning";
    public const string ResidentRecord = "/journalen";
    public const string ResidentMedicines = "/lakemedel";
    public const string ResidentHighCostProtection = "/hogkostnadsskydd";
    public const string ResidentListing = "/vardval";
    public const string ResidentPrograms = "/stod-och-behandling";
    /// <summary>Staff land here after login; it sends ärendemottagare to the clinic inbox, others to their cases.</summary>
    public const string StaffStart = "/personal";
    public const string StaffClinicInbox = "/personal/inkorg";
    public const string StaffMyCases = "/personal/mina-arenden";
    public const string StaffResidentCase = "/personal/invanararende";
    public const string AdminIncidents = "/admin/incidenter";
    public const string AccessLogReview = "/granskning";
    public const string RoleAdministration = "/behorigheter";
    public const string ResidentAccounts = "/personal/invanare";
    /// <summary>The clinic's appointment book: the day's times, booking a resident (invitation).</summary>
    public const string StaffAppointmentBook = "/personal/tidbok";
    /// <summary>Stöd och behandling: a behandlare's residents in treatment programs.</summary>
    public const string StaffPrograms = "/personal/behandling";

    public static IReadOnlyList<NavLink> For(ClaimsPrincipal user)
    {
        if (user.IsResident())
            return [new("Start", ResidentStart), new("Mottagningar", ResidentClinics), new("Inkorg", ResidentInbox), new("Inställningar", Invanare.InstallningarModel.Address)];
        if (!user.IsStaff()) return [];
        List<NavLink> links = [];
        // Only ärendemottagare have a clinic inbox; for anyone else the page would just say so.
        if (user.HasStaffRole(Persistence.Portal.Records.StaffRoles.Arendemottagare)) links.Add(new("Inkorg för mottagningen", StaffClinicInbox));
        links.AddRange([new("Mina ärenden", StaffMyCases), new("Invånarärende", StaffResidentCase), new("Tidbok", StaffAppointmentBook)]);
        if (user.HasStaffRole(Persistence.Portal.Records.StaffRoles.Behandlare)) links.Add(new("Stöd och behandling", StaffPrograms));
        if (user.HasStaffRole(Persistence.Portal.Records.StaffRoles.LokalAdministrator) || user.HasStaffRole(Persistence.Portal.Records.StaffRoles.Behorighetsadministrator))
            links.Add(new("Behörigheter", RoleAdministration));
        if (user.HasStaffRole(Persistence.Portal.Records.StaffRoles.LokalAdministrator)) links.Add(new("Invånarkonton", ResidentAccounts));
        if (user.HasStaffRole(Persistence.Portal.Records.StaffRoles.Granskare)) links.Add(new("Granskning", AccessLogReview));
        if (IsAdministrator(user)) links.Add(new("Incidenter", AdminIncidents));
        return links;
    }

    public static bool IsAdministrator(ClaimsPrincipal user) =>
        user.IsStaff() && (user.HasStaffRole(Persistence.Portal.Records.StaffRoles.LokalAdministrator)
            || user.HasStaffRole(Persistence.Portal.Records.StaffRoles.RegionalAdministrator));

    /// <summary>The link for the current page gets aria-current: the longest matching prefix wins.</summary>
    public static bool IsCurrent(NavLink link, IReadOnlyList<NavLink> all, PathString path)
    {
        bool Matches(NavLink l) => l.Href == "/" ? path == "/" || !path.HasValue : path.StartsWithSegments(l.Href, StringComparison.OrdinalIgnoreCase);
        return Matches(link) && all.Where(Matches).MaxBy(l => l.Href.Length) == link;
    }
}
