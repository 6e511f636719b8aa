using System.Text.Json.Nodes;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Pages.Shared;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Submissions;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// One case in the inbox: the resident's answers (read with the form version they used), the conversation with
/// the clinic (opening marks it read), and a reply form while a question is open. Not the resident's: 404.
/// </summary>
// Up to max_files x max_size_mb of attachments (the definition allows 100 MB per file at most; the demo forms 3 x 10 MB).
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class ArendeModel(ResidentInbox inbox, ResidentReplies replies, ResidentFormContexts contexts, DefinitionLibrary library) : ResidentPageModel
{
    public const string ReplyField = "svar";
    public const string FilesField = "bilagor";

    public ResidentCaseView View { get; private set; } = null!;
    public string ClinicName { get; private set; } = "";
    public IReadOnlyList<AnswerSummary.Section> Answers { get; private set; } = [];
    public int? FormVersion { get; private set; }
    /// <summary>The files attached in the form (the summary names them; these are the download links).</summary>
    public IReadOnlyList<Attachment> SubmissionFiles { get; private set; } = [];
    public IReadOnlyList<PageError> Errors { get; private set; } = [];
    public string? ReplyText { get; private set; }
    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string caseId, bool skickat, CancellationToken cancellationToken)
    {
        Sent = skickat;
        return await LoadAsync(caseId, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReplyAsync(string caseId, CancellationToken cancellationToken)
    {
        var text = Request.Form[ReplyField].ToString();
        var files = new List<UploadedFile>();
        foreach (var file in Request.Form.Files.GetFiles(FilesField).Where(f => f.Length > 0))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new UploadedFile(file.FileName, buffer.ToArray()));
        }
        var result = await replies.ReplyAsync(Personnummer, caseId, text, files, cancellationToken);
        if (result.Outcome == ReplyOutcome.NotFound) return NotFound();
        if (result.Outcome == ReplyOutcome.Sent) return Redirect(ResidentUrls.Case(caseId) + "?skickat=true");

        ReplyText = text;
        Errors = result.Outcome switch
        {
            ReplyOutcome.Empty => [new PageError(ReplyField, "Skriv ditt svar")],
            ReplyOutcome.TooLong => [new PageError(ReplyField, $"Svaret får vara högst {ResidentReplies.MaxLength} tecken")],
            ReplyOutcome.FileRefused => [.. result.Problems.Select(p => new PageError(FilesField, p))],
            _ => [new PageError(ReplyField, "Frågan är redan besvarad")],
        };
        return await LoadAsync(caseId, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string caseId, CancellationToken cancellationToken)
    {
        if (await inbox.OpenAsync(Personnummer, caseId, cancellationToken) is not { } view) return false;
        View = view;
        var clinic = library.Catalog.FindClinic(view.Case.ClinicKey);
        ClinicName = clinic?.Name ?? view.Case.ClinicKey;
        if (view.Submission is { } submission && library.Form(submission.FormKey, submission.FormVersion) is { } form
            && JsonNode.Parse(submission.Answers) is JsonObject data)
        {
            FormVersion = form.Version;
            var context = clinic is null ? new FormContext { Today = FormContext.SwedishToday(TimeProvider.System) }
                : await contexts.ForAsync(Personnummer, clinic, form, cancellationToken);
            Answers = AnswerSummary.Of(form, data, context);
            SubmissionFiles = [.. view.Attachments.Where(a => a.OwnerId == submission.Id)];
        }
        return true;
    }
}
