using FormEngine.Catalog;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using Microsoft.AspNetCore.Mvc;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Pages.Personal.Invanararende;

/// <summary>
/// A new invånarärende: choose a template (and the sending clinic when there are several), then the resident's
/// personnummer and the message, prefilled from the template with the sender's signature and today's date, all
/// editable, and files to attach (PDF, JPEG, PNG). Sending is refused with a clear message for a locked account
/// or one that never logged in. "Hämta invånare" posts the same form (so nothing typed is lost and the personnummer
/// stays out of the address) and shows the resident's name, account status and skyddad identitet before sending;
/// the lookup is a read in the access log at the sending clinic.
/// </summary>
// Up to 5 files of 10 MB each (ResidentDialogues.Attachments) and the form fields.
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class NyttModel(StaffDirectory directory, ResidentDialogues dialogues, ResidentAccounts accounts, DefinitionLibrary library,
    TimeProvider clock) : StaffPageModel(directory)
{
    [BindProperty(SupportsGet = true, Name = "mall")] public string? TemplateKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "mottagning")] public string? ClinicKey { get; set; }
    [BindProperty] public string? Personnummer { get; set; }
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? SignatureName { get; set; }
    [BindProperty] public string? SignatureTitle { get; set; }
    [BindProperty] public string? SignatureDate { get; set; }
    [BindProperty] public string? IdempotencyKey { get; set; }

    public IReadOnlyList<Clinic> Clinics { get; private set; } = [];
    public IReadOnlyList<CompiledForm> Templates => library.Templates;
    public CompiledForm? Template { get; private set; }
    public Clinic? Clinic { get; private set; }
    public List<PageError> Errors { get; } = [];

    /// <summary>The resident found by "Hämta invånare"; null until looked up.</summary>
    public ResidentAccount? Resident { get; private set; }

    /// <summary>Why the looked-up resident cannot receive the message (the same words as the refusal on send).</summary>
    public string? CannotReceive => Resident?.Status switch
    {
        AccountStatus.Locked => ResidentDialogues.Locked,
        AccountStatus.NeverLoggedIn => ResidentDialogues.NeverLoggedIn,
        AccountStatus.Deceased => ResidentDialogues.Deceased,
        _ => null,
    };

    /// <summary>The file input's name and id.</summary>
    public const string FilesField = "bilagor";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Forbid();
        if (Template is not null && Clinic is not null)
        {
            var prefill = dialogues.Prefill(Staff, Clinic.Key, Template);
            (Subject, Text, SignatureName, SignatureTitle, SignatureDate, IdempotencyKey) =
                (prefill.Subject, prefill.Text, prefill.SignatureName, prefill.SignatureTitle, prefill.SignatureDate, prefill.IdempotencyKey);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Forbid();
        if (Template is null || Clinic is null)
        {
            Errors.Add(new PageError("template-0", "Välj en mall och en mottagning."));
            return Page();
        }
        var request = new DialogueRequest(Clinic.Key, Template.Key, Personnummer ?? "", Subject ?? "", Text ?? "",
            SignatureName ?? "", SignatureTitle ?? "", SignatureDate ?? "", IdempotencyKey ?? "") { Files = await FilesAsync(cancellationToken) };
        switch (await dialogues.SendAsync(Staff, request, cancellationToken))
        {
            case DialogueResult.Sent sent:
                return Redirect(StaffUrls.Case(sent.CaseId, DoneNotices.Sent));
            case DialogueResult.Refused refused:
                Errors.Add(new PageError(FieldId(refused.Field), refused.Message));
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            case DialogueResult.FilesRefused refused:
                Errors.AddRange(refused.Problems.Select(p => new PageError(FilesField, p)));
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return Page();
            default:
                throw new InvalidOperationException("Unknown dialogue result.");
        }
    }

    public async Task<IActionResult> OnPostLookupAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return Forbid();
        if (Template is null || Clinic is null)
        {
            Errors.Add(new PageError("template-0", "Välj en mall och en mottagning."));
            return Page();
        }
        var pnr = ParsePersonnummer();
        if (pnr is not null)
        {
            Resident = await accounts.LookUpAsync(Staff.HsaId, Clinic.Key, pnr, cancellationToken);
            if (Resident is null) Errors.Add(new PageError("personnummer", ResidentDialogues.Unknown));
        }
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private string? ParsePersonnummer()
    {
        if (string.IsNullOrWhiteSpace(Personnummer))
        {
            Errors.Add(new PageError("personnummer", "Ange invånarens personnummer."));
            return null;
        }
        if (!Pnr.TryParse(Personnummer.Replace(" ", ""), SwedishCalendar.SwedishDateOf(clock.GetUtcNow()), out var pnr))
        {
            Errors.Add(new PageError("personnummer", "Ange ett giltigt personnummer med 12 siffror, till exempel 19121212-1212."));
            return null;
        }
        return pnr.TwelveDigits;
    }

    /// <summary>The chosen files; a file input left empty posts a part without a name, which is no file.</summary>
    private async Task<IReadOnlyList<UploadedFile>> FilesAsync(CancellationToken cancellationToken)
    {
        if (!Request.HasFormContentType) return [];
        var files = new List<UploadedFile>();
        foreach (var file in Request.Form.Files.GetFiles(FilesField).Where(f => f.FileName.Length > 0 || f.Length > 0))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new UploadedFile(file.FileName, buffer.ToArray()));
        }
        return files;
    }

    public IReadOnlyList<string> ErrorsFor(string fieldId) => [.. Errors.Where(e => e.FieldId == fieldId).Select(e => e.Message)];

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return false;
        Clinics = [.. Staff.CaseClinics.Select(library.Catalog.FindClinic).OfType<Clinic>().OrderBy(c => c.Name)];
        Clinic = Clinics.FirstOrDefault(c => c.Key == ClinicKey) ?? (Clinics.Count == 1 ? Clinics[0] : null);
        Template = Templates.FirstOrDefault(t => t.Key == TemplateKey);
        return true;
    }

    private static string FieldId(string field) => field switch
    {
        "personnummer" => "personnummer",
        "subject" => "subject",
        "text" => "text",
        "signatureName" => "signature-name",
        "clinic" => "clinic",
        _ => "template-0",
    };

    public string? ErrorFor(string fieldId) => Errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    public static string KindText(CompiledForm template) =>
        template.Definition.Message?.KindName == "question" ? "Fråga – invånaren kan svara" : "Information – kan inte besvaras";
}
