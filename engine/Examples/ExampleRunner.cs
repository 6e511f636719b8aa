using System.Text.RegularExpressions;
using FormEngine.Diagnostics;
using FormEngine.Forms;
using FormEngine.Submissions;

namespace FormEngine.Examples;

/// <summary>
/// Runs an example through the same server pipeline a real submission takes and reports every difference
/// from what the author expected as FE1041, at the <c>expect</c> entry that did not hold.
/// </summary>
public static partial class ExampleRunner
{
    public static IReadOnlyList<Diagnostic> Run(CompiledForm form, ExampleSubmission example)
    {
        var result = SubmissionPipeline.Process(form, example.Answers, example.Context);
        var mismatches = new DiagnosticBag();
        var expect = example.Expect;
        if (expect.Valid)
        {
            foreach (var issue in result.Issues)
                mismatches.Report(DiagnosticCodes.ExampleMismatch, expect.ValidSpan,
                    $"Example expected a valid submission but got issue {Describe(issue)}.");
        }
        else if (expect.Errors is null)
        {
            if (result.IsValid)
                mismatches.Report(DiagnosticCodes.ExampleMismatch, expect.ValidSpan, "Example expected an invalid submission but it has no issues.");
        }
        else CompareIssues(form, expect, result, mismatches);
        CompareRelevance(form, expect, result, mismatches);
        if (expect.Eligible is { } eligible && Eligibility.Allows(form, example.Context) != eligible)
            mismatches.Report(DiagnosticCodes.ExampleMismatch, expect.EligibleSpan, eligible
                ? "Example expected the resident to be eligible but the form's eligibility refuses them."
                : "Example expected the form's eligibility to refuse the resident but it allows them.");
        return mismatches.Sorted();
    }

    private static void CompareIssues(CompiledForm form, ExampleExpectation expect, SubmissionResult result, DiagnosticBag mismatches)
    {
        var expected = new HashSet<(string, string)>();
        // An entry that missed a code already names every code found at its path; the rest are reported at 'errors:'.
        var entries = new Dictionary<string, (SourceSpan Span, bool Missed)>(StringComparer.Ordinal);
        foreach (var entry in expect.Errors!)
        {
            var there = result.Issues.Where(i => i.Path == entry.Path).Select(i => i.Code).Distinct().ToList();
            var missed = false;
            foreach (var code in entry.Codes)
            {
                expected.Add((entry.Path, code));
                if (there.Contains(code)) continue;
                missed = true;
                var got = there.Count == 0 ? "no issue there" : $"'{entry.Path}: {string.Join(", ", there)}' there";
                mismatches.Report(DiagnosticCodes.ExampleMismatch, entry.Span,
                    $"Example expected '{entry.Path}: {code}' but got {got}.{UnknownPathHint(form, entry.Path)}");
            }
            entries.TryAdd(entry.Path, (entry.Span, missed));
        }
        foreach (var issue in result.Issues)
        {
            if (expected.Contains((issue.Path, issue.Code))) continue;
            var found = entries.TryGetValue(issue.Path, out var entry);
            if (found && entry.Missed) continue;
            mismatches.Report(DiagnosticCodes.ExampleMismatch, found ? entry.Span : expect.ErrorsSpan, $"Example got an unexpected issue {Describe(issue)}.");
        }
    }

    private static void CompareRelevance(CompiledForm form, ExampleExpectation expect, SubmissionResult result, DiagnosticBag mismatches)
    {
        var relevant = result.RelevantPaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in expect.Visible)
            if (!relevant.Contains(path.Path))
                mismatches.Report(DiagnosticCodes.ExampleMismatch, path.Span,
                    $"Example expected '{path.Path}' to be visible but it is hidden (not relevant).{UnknownPathHint(form, path.Path)}");
        foreach (var path in expect.Hidden)
        {
            if (relevant.Contains(path.Path))
                mismatches.Report(DiagnosticCodes.ExampleMismatch, path.Span, $"Example expected '{path.Path}' to be hidden but it is visible (relevant).");
            else if (UnknownPathHint(form, path.Path) is { Length: > 0 } hint)
                mismatches.Report(DiagnosticCodes.ExampleMismatch, path.Span, $"Example expects '{path.Path}' to be hidden, which says nothing:{hint}");
        }
    }

    private static string Describe(ValidationIssue issue) => $"'{issue.Path}: {issue.Code}' ({issue.Message()})";

    /// <summary>A typo in an expected path would otherwise read as a mismatch of the form's logic.</summary>
    private static string UnknownPathHint(CompiledForm form, string path)
    {
        if (path.Length == 0 || path == SchemaNames.TermsAccepted) return "";
        var pattern = RowIndex().Replace(path, "[]");
        if (form.FindField(pattern) is not null) return "";
        return $" '{path}' is not a field of the form.{DidYouMean.Suggest(pattern, form.AllFields.Select(f => f.Path))}";
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex RowIndex();
}
