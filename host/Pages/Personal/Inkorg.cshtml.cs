using FormEngine.Catalog;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// The clinic inbox for ärendemottagare: cases routed to the clinic's queues and not yet distributed, by queue,
/// with the reply-time target and overdue marked. A staff member receiving at several clinics chooses one.
/// </summary>
public sealed class InkorgModel(StaffDirectory directory, CaseWorkspace workspace, DefinitionLibrary library) : StaffPageModel(directory)
{
    [BindProperty(SupportsGet = true, Name = "mottagning")] public string? ClinicKey { get; set; }

    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];
    public Clinic? Clinic { get; private set; }
    public IReadOnlyList<(string QueueName, IReadOnlyList<CaseListItem> Cases)> Queues { get; private set; } = [];
    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return Forbid();
        Clinics = [.. Staff.ClinicsWith(StaffRoles.Arendemottagare).Select(library.Catalog.FindClinic).OfType<Clinic>().OrderBy(c => c.Name)];
        if (Clinics.Count == 0) return Page();
        Clinic = ClinicKey is null ? (Clinics.Count == 1 ? Clinics[0] : null) : Clinics.FirstOrDefault(c => c.Key == ClinicKey);
        if (Clinic is null) return ClinicKey is null ? Page() : NotFound();

        var cases = await workspace.InboxAsync(Clinic.Key, cancellationToken);
        Total = cases.Count;
        var known = Clinic.Queues.Select(q => (Key: (string?)q.Key, Name: q.Name.In("sv"))).ToList();
        var queues = known.Select(q => (q.Name, (IReadOnlyList<CaseListItem>)[.. cases.Where(c => c.QueueKey == q.Key)])).ToList();
        var other = cases.Where(c => known.All(q => q.Key != c.QueueKey)).ToList();
        if (other.Count > 0) queues.Add(("Övriga", other));
        Queues = queues;
        return Page();
    }
}
