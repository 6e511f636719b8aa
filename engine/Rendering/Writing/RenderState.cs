using System.Text;
using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Rendering.Plans;
using FormEngine.Submissions;

namespace FormEngine.Rendering.Writing;

/// <summary>One request's rendering: the output buffer, the prepared plan, the answers and the issues to show.</summary>
internal sealed class RenderState
{
    private SubmissionValues? _values;

    public RenderState(RenderRequest request, StringBuilder output)
    {
        var form = request.Form;
        if (request.Page < 0 || request.Page > form.Pages.Count)
            throw new ArgumentOutOfRangeException(nameof(request), request.Page, $"Page must be from 0 to {form.Pages.Count} (the check-your-answers page).");
        Request = request;
        Out = output;
        Plan = FormPlan.For(form, FormPlan.Normalize(request.Language));
        // Without answers, the form starts from its defaults: relevance, computed and prefilled values included.
        Answers = request.Answers ?? SubmissionPipeline.Process(form, InitialAnswers.For(form, request.Context.Today), request.Context);
        Issues = request.ShowErrors ? ShownIssues() : [];
        if (Issues.Count > 0)
        {
            IssueByPath = new Dictionary<string, ValidationIssue>(StringComparer.Ordinal);
            foreach (var issue in Issues) IssueByPath.TryAdd(issue.Path, issue);
        }
    }

    public RenderRequest Request { get; }
    public StringBuilder Out { get; }
    public FormPlan Plan { get; }
    public UiText Ui => Plan.Ui;
    public string Language => Plan.Language;
    public SubmissionResult Answers { get; }
    public JsonObject Data => Answers.Data;
    public bool IsCheckAnswers => Request.Page == Request.Form.Pages.Count;

    /// <summary>The issues shown on this page, one per path, in the order of the fields.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    public Dictionary<string, ValidationIssue>? IssueByPath { get; }

    /// <summary>Reads the answers for conditions; created only when a condition is evaluated.</summary>
    public SubmissionValues Values(int[] rows)
    {
        _values ??= new SubmissionValues(Request.Form, Answers.Data, Request.Context);
        _values.Rows = rows;
        return _values;
    }

    public bool IsRelevant(CompiledPage page) => page.VisibleWhen is null || page.VisibleWhen.EvaluateCondition(Values([]));

    public ValidationIssue? IssueAt(string path) =>
        IssueByPath is not null && IssueByPath.TryGetValue(path, out var issue) ? issue : null;

    private List<ValidationIssue> ShownIssues()
    {
        // The pipeline already reports issues in the order residents meet the fields.
        var issues = IsCheckAnswers ? Answers.Issues : Answers.IssuesOnPage(Request.Page);
        return [.. issues.DistinctBy(i => i.Path, StringComparer.Ordinal)];
    }
}
