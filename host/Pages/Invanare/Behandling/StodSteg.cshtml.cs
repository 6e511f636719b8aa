using System.Globalization;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Host.Ombud;
using FormEngine.Host.Pages.Shared;
using FormEngine.Host.Programs;
using FormEngine.Rendering;
using FormEngine.Submissions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Invanare.Behandling;

/// <summary>
/// Filling in a step form: page by page with a draft like an e-service (<see cref="FormularModel"/>), then
/// check-your-answers, then <see cref="ResidentPrograms.SubmitAsync"/> (validated again, stored with its workflow
/// start in one transaction). A step of a module not opened yet, already sent, or of someone else's program is 404.
/// </summary>
public sealed class StodStegModel(ResidentPrograms programs, DraftStore drafts, FormPost formPost, IAntiforgery antiforgery) : ResidentPageModel
{
    public OpenStep Target { get; private set; } = null!;
    public CompiledForm Form => Target.Form;
    public string FormHtml { get; private set; } = "";
    public bool HasErrors { get; private set; }

    private string DraftId => ProgramDrafts.IdFor(Target.Progress.Assignment.Id, Target.Module.Key, Target.Step.Key);

    /// <summary>Whoever fills it in: the resident, or the guardian acting as ombud (drafts are theirs).</summary>
    private string SignedIn => User.SignedInPersonnummer() ?? Personnummer;

    public async Task<IActionResult> OnGetAsync(string assignmentId, string moduleKey, string stepKey, int? sida, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (await programs.FindStepAsync(Personnummer, assignmentId, moduleKey, stepKey, cancellationToken) is not { } target) return NotFound();
        Target = target;
        var context = await programs.ContextAsync(Personnummer, target, cancellationToken);
        var draft = await DraftAsync(cancellationToken);
        var answers = draft is not null ? DraftStore.AnswersOf(draft) : InitialAnswers.For(Form, context.Today);
        var page = Math.Clamp((sida ?? (draft?.Page ?? 0) + 1) - 1, 0, Form.Pages.Count);
        Render(page, SubmissionPipeline.Process(Form, answers, context), context, showErrors: false, repeatRows: null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string assignmentId, string moduleKey, string stepKey, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "private, no-store";
        if (await programs.FindStepAsync(Personnummer, assignmentId, moduleKey, stepKey, cancellationToken) is not { } target) return NotFound();
        Target = target;
        var context = await programs.ContextAsync(Personnummer, target, cancellationToken);
        var draft = await DraftAsync(cancellationToken);
        var answers = draft is not null ? DraftStore.AnswersOf(draft) : InitialAnswers.For(Form, context.Today);
        var page = int.TryParse(Request.Form["_page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 0, Form.Pages.Count) : 0;

        var merged = await formPost.MergeAsync(Form, page, answers, Request.Form, DraftId, SignedIn, cancellationToken);
        var result = SubmissionPipeline.Process(Form, merged.Answers, context);
        var stays = merged.RepeatRows is not null || page == Form.Pages.Count || result.IssuesOnPage(page).Count > 0;
        var next = stays ? page : NextPage(result, page);
        var clinic = target.Progress.Assignment.ClinicKey;
        if (!await drafts.SaveAsync(SignedIn, DraftId, clinic, Form.Key, Form.Version, result.Data, next, cancellationToken))
            return Redirect(ProgramUrls.Module(assignmentId, moduleKey));

        if (merged.RepeatRows is not null)
        {
            Render(page, result, context, showErrors: false, merged.RepeatRows);
            return Page();
        }
        if (page < Form.Pages.Count)
            return stays ? ShowErrors(page, result, context) : Redirect(ProgramUrls.StepPage(assignmentId, moduleKey, stepKey, next));

        if (!result.IsValid) return ShowErrors(page, result, context);
        return await programs.SubmitAsync(Personnummer, SignedIn, assignmentId, moduleKey, stepKey, merged.Answers, cancellationToken) switch
        {
            StepResult.Invalid invalid => ShowErrors(page, invalid.Result, context),
            StepResult.Sent => Redirect(ProgramUrls.Module(assignmentId, moduleKey) + "?skickat=true"),
            _ => Redirect(ProgramUrls.Module(assignmentId, moduleKey)),
        };
    }

    private async Task<Persistence.Portal.Records.Draft?> DraftAsync(CancellationToken cancellationToken) =>
        await drafts.FindAsync(SignedIn, DraftId, cancellationToken) is { } draft && draft.FormKey == Form.Key && draft.FormVersion == Form.Version ? draft : null;

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
        var (id, module, step) = (Target.Progress.Assignment.Id, Target.Module.Key, Target.Step.Key);
        FormHtml = FormRenderer.Default.Render(new RenderRequest(Form, context)
        {
            Language = "sv",
            Page = page,
            Answers = result,
            ShowErrors = showErrors,
            ActionUrl = ProgramUrls.Step(id, module, step),
            PageUrl = i => ProgramUrls.StepPage(id, module, step, i),
            RepeatRows = repeatRows,
            HiddenFields = [new(tokens.FormFieldName, tokens.RequestToken ?? "")],
            ScriptUrl = FormAssetEndpoints.ScriptUrl,
        });
    }
}
