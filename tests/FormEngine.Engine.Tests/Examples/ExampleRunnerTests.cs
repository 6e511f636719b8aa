using FormEngine.Diagnostics;
using FormEngine.Examples;

namespace FormEngine.Tests.Examples;

public class ExampleRunnerTests
{
    private static readonly Forms.CompiledForm Form = ExampleTestForm.Compile();

    private static IReadOnlyList<Diagnostic> Run(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var example = ExampleReader.Read("ex.yaml", yaml, diagnostics);
        Assert.Empty(diagnostics.Items);
        return ExampleRunner.Run(Form, example!);
    }

    private static string Lines(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics);

    [Fact]
    public void An_example_that_holds_gives_no_diagnostics()
    {
        var mismatches = Run("""
            context:
              lists:
                certificate_kinds: [{code: korkort, label: {sv: Körkortsintyg}}]
            answers:
              kind: korkort
              request_type: renewal
              phone: "12"
              packages: [{count: 2}, {count: 0}]
            expect:
              valid: false
              errors:
                previous_issuer: required
                phone: format
                "packages[1].count": min
              visible: [kind, previous_issuer, "packages[0].count", "packages[1].count"]
              hidden: ["packages[2].count"]
            """);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void A_missing_issue_is_reported_at_its_entry_and_an_unexpected_one_at_errors()
    {
        var mismatches = Run("""
            answers:
              request_type: renewal
              previous_issuer: Dr Berg
              phone: "12"
              packages: [{count: 0}]
            expect:
              valid: false
              errors:
                previous_issuer: required
                phone: [format, max_length]
            """);
        Assert.Equal("""
            ex.yaml(8,3): error FE1041: Example got an unexpected issue 'packages[0].count: min' (Skriv 1 eller mer.).
            ex.yaml(9,5): error FE1041: Example expected 'previous_issuer: required' but got no issue there.
            ex.yaml(10,5): error FE1041: Example expected 'phone: max_length' but got 'phone: format' there.
            """, Lines(mismatches), ignoreLineEndingDifferences: true);
    }

    [Fact]
    public void An_extra_code_at_an_expected_path_is_reported_at_that_entry()
    {
        var mismatches = Run("""
            answers:
              request_type: new
              code: ab
            expect:
              valid: false
              errors:
                code: min_length
            """);
        var mismatch = Assert.Single(mismatches);
        Assert.Equal("ex.yaml(7,5): error FE1041: Example got an unexpected issue 'code: pattern' (Svaret har fel format.).", mismatch.ToString());
    }

    [Fact]
    public void An_unexpected_issue_shows_its_message()
    {
        var mismatches = Run("""
            answers: {phone: "12"}
            expect:
              valid: false
              errors: {request_type: required}
            """);
        var mismatch = Assert.Single(mismatches);
        Assert.Equal("Example got an unexpected issue 'phone: format' (Skriv ett telefonnummer, till exempel 070-123 45 67.).", mismatch.Message);
        Assert.Equal(DiagnosticCodes.ExampleMismatch, mismatch.Code);
        Assert.Equal(new SourceSpan("ex.yaml", 4, 3), mismatch.Span);
    }

    [Fact]
    public void A_valid_example_with_issues_lists_every_issue_at_valid()
    {
        var mismatches = Run("""
            answers: {request_type: renewal, phone: "12"}
            expect: {valid: true}
            """);
        Assert.Equal(
            ["previous_issuer: required", "phone: format"],
            mismatches.Select(d => d.Message.Split('\'')[1]).Order().Reverse());
        Assert.All(mismatches, d => Assert.Equal(new SourceSpan("ex.yaml", 2, 17), d.Span));
        Assert.All(mismatches, d => Assert.StartsWith("Example expected a valid submission but got issue", d.Message));
    }

    [Fact]
    public void An_invalid_example_that_passes_is_reported()
    {
        var mismatches = Run("answers: {request_type: new}\nexpect: {valid: false}\n");
        var mismatch = Assert.Single(mismatches);
        Assert.Equal("Example expected an invalid submission but it has no issues.", mismatch.Message);
        Assert.Equal(new SourceSpan("ex.yaml", 2, 17), mismatch.Span);
    }

    [Fact]
    public void Relevance_expectations_are_checked_with_a_hint_for_typos()
    {
        var mismatches = Run("""
            answers: {request_type: new}
            expect:
              valid: true
              visible: [previous_issuer, phon]
              hidden: [request_type, previous_isuer]
            """);
        Assert.Equal("""
            ex.yaml(4,13): error FE1041: Example expected 'previous_issuer' to be visible but it is hidden (not relevant).
            ex.yaml(4,30): error FE1041: Example expected 'phon' to be visible but it is hidden (not relevant). 'phon' is not a field of the form. Did you mean 'phone'?
            ex.yaml(5,12): error FE1041: Example expected 'request_type' to be hidden but it is visible (relevant).
            ex.yaml(5,26): error FE1041: Example expects 'previous_isuer' to be hidden, which says nothing: 'previous_isuer' is not a field of the form. Did you mean 'previous_issuer'?
            """, Lines(mismatches), ignoreLineEndingDifferences: true);
    }

    [Fact]
    public void Answers_are_not_changed_by_running()
    {
        var diagnostics = new DiagnosticBag();
        var example = ExampleReader.Read("ex.yaml", "answers: {request_type: new, previous_issuer: x}\nexpect: {valid: true}\n", diagnostics)!;
        ExampleRunner.Run(Form, example);
        Assert.Equal("""{"request_type":"new","previous_issuer":"x"}""", example.Answers.ToJsonString());
    }
}
