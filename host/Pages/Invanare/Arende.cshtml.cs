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
public sealed class ArendeModel(ResidentInbox inbox, ResidentReplies replies, FormReplies formReplies, ResidentFormContexts contexts, DefinitionLibrary library)
    : ResidentPageModel
{
    /// <summary>
    /// Answers given in a form: the e-service's, or a template's as a reply; with the files attached in it. Labels
    /// and page titles in <paramref name="Language"/> (<see cref="ContentLanguage"/>).
    /// </summary>
    public sealed record AnsweredForm(string Heading, IReadOnlyList<AnswerSummary.Section> Sections, IReadOnlyList<Attachment> Files, int Version, string Language);

    public const string ReplyField = "svar";
    public const string FilesField = "bilagor";

    public ResidentCaseView View { get; private set; } = null!;
    public string ClinicName { get; private set; } = "";
    public IReadOnlyList<AnsweredForm> Answers { get; private set; } = [];
    /// <summary>The open question is an invånarärende template's, answered in its form (not in free text).</summary>
    public ReplyForm? FormReply { get; private set; }
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
        FormReply = await formReplies.FindAsync(Personnummer, caseId, cancellationToken);
        var answered = new List<AnsweredForm>();
        foreach (var submission in view.ReplySubmissions.Prepend(view.Submission).OfType<Submission>())
        {
            if (library.Form(submission.FormKey, submission.FormVersion) is not { } form || JsonNode.Parse(submission.Answers) is not JsonObject data) continue;
            var context = clinic is null ? new FormContext { Today = FormContext.SwedishToday(TimeProvider.System) }
                : await contexts.ForAsync(Personnummer, clinic, form, cancellationToken);
            var language = ContentLanguage.For(HttpContext, form);
            answered.Add(new AnsweredForm(submission.MessageId is null ? "Dina svar" : $"Dina svar på frågan ({ResidentFormat.Time(submission.SubmittedAt)})",
                AnswerSummary.Of(form, data, context, language), [.. view.Attachments.Where(a => a.OwnerId == submission.Id)], form.Version, language));
        }
        Answers = answered;
        return true;
    }
}
