using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.EServices;
using FormEngine.Host.Ombud;
using FormEngine.Host.Pages.Shared;
using FormEngine.Rendering;
using FormEngine.Submissions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Filling in an e-service: one page at a time, each post validated for its page and saved as a draft (the URL's
/// draft id, which is also the idempotency key of the submission), then check-your-answers with the terms, then
/// the intake and a redirect to the receipt (Post/Redirect/Get). Answers never travel in URLs.
/// </summary>
// Up to max_files x max_size_mb of attachments (the definition allows 100 MB per file at most; the demo forms 3 x 10 MB).
[RequestSizeLimit(64 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
public sealed class FormularModel(
    DefinitionLibrary library,
    ResidentFormContexts contexts,
    DraftStore drafts,
    CaseIntake intake,
    FormPost formPost,
    EServiceAccess access,
    IAntiforgery antiforgery) : ResidentPageModel
{
    /// <summary>The hidden field that carries the idempotency key of the submission.</summary>
    public const string IdempotencyField = "_submission";

    public Clinic Clinic { get; private set; } = null!;
    public CompiledForm Form { get; private set; } = null!;
    public string FormHtml { get; private set; } = "";
    /// <summary>The language the form is shown in (<see cref="ContentLanguage"/>).</summary>
    public string Language => ContentLanguage.For(HttpContext, Form);
    public bool HasErrors { get; private set; }
    /// <summary>Set when the resident may not use the form (its eligibility): the page shows this instead of the form.</summary>
    public LocalizedText? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string clinicKey, string formKey, string? draftId, int? sida, CancellationToken cancellationToken)
    {
        if (!Resolve(clinicKey, formKey, null)) return NotFound();
        if (await RefusedAsync(cancellationToken)) return Page();
        if (draftId is null) return Redirect(ResidentUrls.Form(clinicKey, formKey, Guid.NewGuid().ToString("N")));
        if (!IsId(draftId)) return NotFound();

        var draft = await drafts.FindAsync(Personnummer, draftId, cancellationToken);
        if (draft is not null && (draft.ClinicKey != clinicKey || draft.FormKey != formKey)) return NotFound();
        if (draft is not null && !Resolve(clinicKey, formKey, draft.FormVersion)) return NotFound();
        if (draft is null && await intake.FindReceiptAsync(Personnummer, draftId, cancellationToken) is { } sent)
            return Redirect(ResidentUrls.Receipt(sent.CaseId));

        var context = await contexts.ForAsync(Personnummer, Clinic, Form, cancellationToken);
        var answers = draft is not null ? DraftStore.AnswersOf(draft) : InitialAnswers.For(Form, context.Today);
        var result = SubmissionPipeline.Process(Form, answers, context);
        var page = Math.Clamp((sida ?? (draft?.Page ?? 0) + 1) - 1, 0, Form.Pages.Count);
        Render(draftId, page, result, context, showErrors: false, repeatRows: null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string clinicKey, string formKey, string? draftId, CancellationToken cancellationToken)
    {
        if (draftId is null || !IsId(draftId) || !Resolve(clinicKey, formKey, null)) return NotFound();
        if (await RefusedAsync(cancellationToken)) return Page();
        var key = Request.Form[IdempotencyField].ToString() is { Length: > 0 } posted && IsId(posted) ? posted : draftId;
        if (await intake.FindReceiptAsync(Personnummer, key, cancellationToken) is { } sent) return Redirect(ResidentUrls.Receipt(sent.CaseId));

        var draft = await drafts.FindAsync(Personnummer, draftId, cancellationToken);
        if (draft is not null && (draft.ClinicKey != clinicKey || draft.FormKey != formKey)) return NotFound();
        if (draft is not null && !Resolve(clinicKey, formKey, draft.FormVersion)) return NotFound();

        var context = await contexts.ForAsync(Personnummer, Clinic, Form, cancellationToken);
        var answers = draft is not null ? DraftStore.AnswersOf(draft) : InitialAnswers.For(Form, context.Today);
        var page = int.TryParse(Request.Form["_page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 0, Form.Pages.Count) : 0;

        var merged = await formPost.MergeAsync(Form, page, answers, Request.Form, draftId, Personnummer, cancellationToken);
        var result = SubmissionPipeline.Process(Form, merged.Answers, context);
        var stays = merged.RepeatRows is not null || page == Form.Pages.Count || result.IssuesOnPage(page).Count > 0;
        var next = stays ? page : NextPage(result, page);
        // The draft remembers the page to come back to: this one while it has problems, else the next.
        if (!await drafts.SaveAsync(Personnummer, draftId, clinicKey, formKey, Form.Version, result.Data, next, cancellationToken))
            // A second press of "Skicka" loses the draft to the first one's intake, which removed it: show that receipt.
            return await intake.FindReceiptAsync(Personnummer, key, cancellationToken) is { } first
                ? Redirect(ResidentUrls.Receipt(first.CaseId))
                : Redirect(ResidentUrls.NewForm(clinicKey, formKey));

        if (merged.RepeatRows is not null)
        {
            Render(draftId, page, result, context, showErrors: false, merged.RepeatRows);
            return Page();
        }
        if (page < Form.Pages.Count)
            return stays ? ShowErrors(draftId, page, result, context) : Redirect(ResidentUrls.FormPage(clinicKey, formKey, draftId, next));

        if (!result.IsValid) return ShowErrors(draftId, page, result, context);
        var outcome = await intake.SubmitAsync(new IntakeRequest(Personnummer, clinicKey, formKey, Form.Version, merged.Answers, key, draftId, User.ActingGuardian()), cancellationToken);
        return outcome switch
        {
            IntakeResult.Accepted accepted => Redirect(ResidentUrls.Receipt(accepted.CaseId)),
            IntakeResult.Invalid invalid => ShowErrors(draftId, page, invalid.Result, context),
            _ => NotFound(),
        };
    }

    private PageResult ShowErrors(string draftId, int page, SubmissionResult result, FormContext context)
    {
        HasErrors = true;
        Render(draftId, page, result, context, showErrors: true, repeatRows: null);
        return Page();
    }

    /// <summary>
    /// Whether the form's eligibility refuses the resident (or the child a guardian acts for); then the page says
    /// why instead of showing the form, and nothing is saved. Checked before drafts, so no draft is ever begun.
    /// </summary>
    private async Task<bool> RefusedAsync(CancellationToken cancellationToken)
    {
        Refusal = await access.RefusalAsync(Personnummer, Clinic, Form, cancellationToken);
        return Refusal is not null;
    }

    /// <summary>
    /// The clinic must offer the form to this resident (an offer may be for named residents only); an older
    /// version is used only for a draft begun with it.
    /// </summary>
    private bool Resolve(string clinicKey, string formKey, int? version)
    {
        if (library.Catalog.FindClinic(clinicKey) is not { } clinic || !clinic.IsOffering(formKey, Personnummer)) return false;
        var form = (version is { } v ? library.Form(formKey, v) : null) ?? library.Current(formKey);
        if (form is null || form.Definition.Flow != FlowType.ResidentInitiated) return false;
        Clinic = clinic;
        Form = form;
        return true;
    }

    /// <summary>The next page the answers make relevant; after the last, check-your-answers.</summary>
    private int NextPage(SubmissionResult result, int page)
    {
        for (var i = page + 1; i < Form.Pages.Count; i++)
            if (IsRelevant(Form.Pages[i], result)) return i;
        return Form.Pages.Count;
    }

    private static bool IsRelevant(CompiledPage page, SubmissionResult result) =>
        page.VisibleWhen is null || page.Fields.Any(result.IsRelevant);

    private void Render(string draftId, int page, SubmissionResult result, FormContext context, bool showErrors, IReadOnlyDictionary<string, int>? repeatRows)
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        FormHtml = FormRenderer.Default.Render(new RenderRequest(Form, context)
        {
            Language = Language,
            Page = page,
            Answers = result,
            ShowErrors = showErrors,
            ActionUrl = ResidentUrls.Form(Clinic.Key, Form.Key, draftId),
            PageUrl = i => ResidentUrls.FormPage(Clinic.Key, Form.Key, draftId, i),
            RepeatRows = repeatRows,
            HiddenFields =
            [
                new(tokens.FormFieldName, tokens.RequestToken ?? ""),
                new(IdempotencyField, draftId),
            ],
            ScriptUrl = FormAssetEndpoints.ScriptUrl,
        });
    }

    /// <summary>Draft ids are 32 hex digits (<c>Guid.ToString("N")</c>); anything else is not ours.</summary>
    private static bool IsId(string value) => value.Length == 32 && Guid.TryParseExact(value, "N", out _);
}
