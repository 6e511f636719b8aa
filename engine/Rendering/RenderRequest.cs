using FormEngine.Forms;
using FormEngine.Submissions;

namespace FormEngine.Rendering;

/// <summary>What to render: one page of a form (or its check-your-answers page) with the current answers.</summary>
public sealed record RenderRequest(CompiledForm Form, FormContext Context)
{
    /// <summary><c>sv</c> or <c>en</c>; any other value renders Swedish.</summary>
    public string Language { get; init; } = "sv";

    /// <summary>0-based page index; <c>Form.Pages.Count</c> means the check-your-answers page.</summary>
    public int Page { get; init; }

    /// <summary>The pipeline's result for the current answers (values, relevance, issues); null = an empty form.</summary>
    public SubmissionResult? Answers { get; init; }

    /// <summary>Show this page's issues: the error summary at the top and a message at each field.</summary>
    public bool ShowErrors { get; init; }

    /// <summary>The form's <c>action</c>.</summary>
    public string ActionUrl { get; init; } = "";

    /// <summary>The address of page i (0-based), for the back link and the "Ändra" links.</summary>
    public Func<int, string> PageUrl { get; init; } = i => $"?page={i + 1}";

    /// <summary>
    /// Rows to show for a repeat, by its path (<c>packages</c>, or <c>orders[0].lines</c>), when the host wants
    /// more than the answers hold: after "Lägg till" the new row is empty, and the pipeline drops empty rows.
    /// </summary>
    public IReadOnlyDictionary<string, int>? RepeatRows { get; init; }

    /// <summary>Extra hidden inputs, such as an antiforgery token: name and value, both escaped here.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> HiddenFields { get; init; } = [];

    /// <summary>
    /// For <see cref="FormRenderer.RenderDocument"/>: where the page loads <see cref="FormAssets.Script"/> from
    /// (never inlined, so a strict Content-Security-Policy holds). Null leaves the script out.
    /// </summary>
    public string? ScriptUrl { get; init; }
}
