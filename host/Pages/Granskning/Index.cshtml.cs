using FormEngine.Host.Cases.Audit;
using FormEngine.Host.Identity;
using FormEngine.Host.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Granskning;

/// <summary>
/// The granskare's access-log search (patientdatalagen): by resident, staff member, clinic and period, newest
/// first, a page at a time, and the same search as a CSV file. Only entries of clinics in the regions where the
/// signed-in person is granskare are ever read. Reading the log is not an access to patient data, so it is not
/// itself logged. The filters are in the query string: they are personnummer and HSA-ids, never form contents.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class IndexModel(AuditScope scope, AccessLogSearch search, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "personnummer")] public string? Personnummer { get; set; }
    [BindProperty(SupportsGet = true, Name = "hsa")] public string? StaffHsaId { get; set; }
    [BindProperty(SupportsGet = true, Name = "mottagning")] public string? ClinicKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "fran")] public string? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "till")] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "sida")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(string Key, string Name)> Clinics { get; private set; } = [];
    public IReadOnlyList<PageError> Errors { get; private set; } = [];
    public AccessLogPage? Result { get; private set; }

    public string ClinicName(string key) => Clinics.FirstOrDefault(c => c.Key == key).Name ?? key;

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == field)?.Message;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken) is not { } query) return Refused() ?? Page();
        Result = await search.PageAsync(query, [.. Clinics.Select(c => c.Key)], PageNumber, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken) is not { } query)
        {
            if (Refused() is { } refused) return refused;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var allowed = Clinics.Select(c => c.Key).ToList();
        Response.ContentType = AccessLogCsv.ContentType;
        Response.Headers.ContentDisposition = $"attachment; filename=\"{AccessLogCsv.FileName(SwedishTime.Today(clock))}\"";
        Response.Headers.CacheControl = "no-store";
        await AccessLogCsv.WriteAsync(Response.Body, search.AllAsync(query, allowed, cancellationToken), cancellationToken);
        return new EmptyResult();
    }

    /// <summary>The search of the query string, in the link to the CSV file and to other result pages.</summary>
    public Dictionary<string, string> RouteValues(int? page = null)
    {
        var values = new Dictionary<string, string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) values[name] = value.Trim(); }
        Add("personnummer", Personnummer);
        Add("hsa", StaffHsaId);
        Add("mottagning", ClinicKey);
        Add("fran", From);
        Add("till", To);
        if (page is { } p) values["sida"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    public bool NotGranskare { get; private set; }

    private IActionResult? Refused()
    {
        if (!NotGranskare) return null;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private async Task<AccessLogQuery?> PrepareAsync(CancellationToken cancellationToken)
    {
        Clinics = await scope.ClinicsAsync(User.HsaId(), cancellationToken);
        if (Clinics.Count == 0)
        {
            NotGranskare = true;
            return null;
        }
        var (query, errors) = AccessLogQuery.Parse(Personnummer, StaffHsaId, ClinicKey, From, To, SwedishTime.Today(clock));
        Errors = [.. errors.Select(e => new PageError(e.Field, e.Message))];
        return query;
    }
}
