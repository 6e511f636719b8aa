using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Submissions;

namespace FormEngine.Examples;

/// <summary>
/// One example submission an author keeps next to a form (<c>examples/*.yaml</c>): answers, the context they
/// are given in, and the outcome the author expects. Every expectation keeps its position for mismatches.
/// </summary>
public sealed record ExampleSubmission
{
    public required string File { get; init; }
    public string? Description { get; init; }
    public required FormContext Context { get; init; }
    public required JsonObject Answers { get; init; }
    public required ExampleExpectation Expect { get; init; }
}

/// <param name="Valid">Whether the submission must pass.</param>
/// <param name="Errors">When given, the exact set of paths with issues and their codes.</param>
/// <param name="Visible">Field paths that must be relevant.</param>
/// <param name="Hidden">Field paths that must not be relevant.</param>
public sealed record ExampleExpectation(
    bool Valid,
    SourceSpan ValidSpan,
    IReadOnlyList<ExpectedIssues>? Errors,
    SourceSpan ErrorsSpan,
    IReadOnlyList<ExpectedPath> Visible,
    IReadOnlyList<ExpectedPath> Hidden)
{
    /// <summary>When given, whether the context's resident may use the form at all (its <c>eligibility:</c>).</summary>
    public bool? Eligible { get; init; }
    public SourceSpan EligibleSpan { get; init; }
}

/// <summary>An <c>errors:</c> entry: a path and the issue code(s) expected there.</summary>
public sealed record ExpectedIssues(string Path, IReadOnlyList<string> Codes, SourceSpan Span);

public sealed record ExpectedPath(string Path, SourceSpan Span);
