using System.Globalization;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Host.Pages.Shared;
using FormEngine.Rendering;
using FormEngine.Submissions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Answering an invånarärende template's question in its form: page by page with a draft, like an e-service
/// (<see cref="FormularModel"/>), then check-your-answers and the reply (<see cref="FormReplies"/>), back to the
/// case. Without such a question open (answered, or answered in free text) the case page is shown instead.
/// </summary>
// Up to max_files x max_size_mb of attachments (the definition allows 100 MB per file at most; the demo forms 3 x 10 MB).
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class SvarModel(FormReplies replies, ResidentInbox inbox, DraftStore drafts, FormPost formPost, IAntiforgery antiforgery) : ResidentPageModel
{
    public ReplyForm Target { get; private set; } = null!;
    public CompiledForm Form => Target.Form;
    public string FormHtml { get; private set; } = "";
    /// <summary>The language the form is shown in (<see cref="ContentLanguage"/>).</summary>
    public string Language => ContentLanguage.For(HttpContext, Form);
    public bool HasErrors { get; private set; }

    public async Task<IActionResult> OnGetAsync(string caseId, int? sida, CancellationToken cancellationToken)
    {
        if (await replies.FindAsync(Personnummer, caseId, cancellationToken) is not { } target) return await ElsewhereAsync(caseId, cancellationToken);
        Target = target;
        var context = await replies.ContextAsync(Personnummer, target, cancellationToken);
        var draft = await DraftAsync(cancellationToken);
        var answers = draft is not null ? DraftStore.AnswersOf(draft) : InitialAnswers.For(Form, context.Today);
        var page = Math.Clamp((sida ?? (draft?.Page ?? 0) + 1) - 1, 0, Form.Pages.Count);
        Render(page, SubmissionPipeline.Process(Form, answers, context), context, showErrors: false, repeatRows: null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string caseId, CancellationToken cancellationToken)
    {
        if (await replies.FindAsync(Personnummer, caseId, cancellationToken) is not { } target) return await ElsewhereAsync(caseId, cancellationToken);
        Target = target;
        var context = await replies.ContextAsync(Personnummer, target, cancellationToken);
        var draft = await DraftAsync(cancellationToken);
        var answers = draft is not null ? DraftStore.AnswersOf(draft) : InitialAnswers.For(Form, context.Today);
        var page = int.TryParse(Request.Form["_page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 0, Form.Pages.Count) : 0;

        var draftId = FormReplies.DraftId(caseId);
        var merged = await formPost.MergeAsync(Form, page, answers, Request.Form, draftId, Personnummer, cancellationToken);
        var result = SubmissionPipeline.Process(Form, merged.Answers, context);
        var stays = merged.RepeatRows is not null || page == Form.Pages.Count || result.IssuesOnPage(page).Count > 0;
        var next = stays ? page : NextPage(result, page);
        if (!await drafts.SaveAsync(Personnummer, draftId, target.Clinic.Key, Form.Key, Form.Version, result.Data, next, cancellationToken))
            return Redirect(ResidentUrls.Case(caseId));

        if (merged.RepeatRows is not null)
        {
            Render(page, result, context, showErrors: false, merged.RepeatRows);
            return Page();
        }
        if (page < Form.Pages.Count)
            return stays ? ShowErrors(page, result, context) : Redirect(ResidentUrls.ReplyFormPage(caseId, next));

        if (!result.IsValid) return ShowErrors(page, result, context);
        return await replies.ReplyAsync(Personnummer, caseId, merged.Answers, cancellationToken) switch
        {
            FormReplyResult.Invalid invalid => ShowErrors(page, invalid.Result, context),
            FormReplyResult.Sent => Redirect(ResidentUrls.Case(caseId) + "?skickat=true"),
            _ => Redirect(ResidentUrls.Case(caseId)),
        };
    }

    /// <summary>Not the resident's case: not found; theirs but nothing to answer in a form: the case page.</summary>
    private async Task<IActionResult> ElsewhereAsync(string caseId, CancellationToken cancellationToken) =>
        await inbox.FindAsync(Personnummer, caseId, cancellationToken) is null ? NotFound() : Redirect(ResidentUrls.Case(caseId));

    private async Task<Persistence.Portal.Records.Draft?> DraftAsync(CancellationToken cancellationToken) =>
        await drafts.FindAsync(Personnummer, FormReplies.DraftId(Target.Case.Id), cancellationToken) is { } draft
            && draft.FormKey == Form.Key && draft.FormVersion == Form.Version ? draft : null;

    private PageResult ShowErrors(int page, SubmissionResult result, FormContext context)
    {
        HasErrors = true;
        Render(page, result, context, showErrors: true, repeatRows: null);
        return Page();
    }

    private int NextPage(SubmissionResult result, int page)
    {
        for (var i = page + 1; i < Form.Pages.Count; i++)
            if (Form.Pages[i].VisibleWhen is null || Form.Pages[i].Fields.Any(result.IsRelevant)) return i;
        return Form.Pages.Count;
    }

    private void Render(int page, SubmissionResult result, FormContext context, bool showErrors, IReadOnlyDictionary<string, int>? repeatRows)
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        var caseId = Target.Case.Id;
        FormHtml = FormRenderer.Default.Render(new RenderRequest(Form, context)
        {
            Language = Language,
            Page = page,
            Answers = result,
            ShowErrors = showErrors,
            ActionUrl = ResidentUrls.ReplyForm(caseId),
            PageUrl = i => ResidentUrls.ReplyFormPage(caseId, i),
            RepeatRows = repeatRows,
            HiddenFields = [new(tokens.FormFieldName, tokens.RequestToken ?? "")],
            ScriptUrl = FormAssetEndpoints.ScriptUrl,
        });
    }
}
