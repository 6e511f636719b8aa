using FormEngine.Diagnostics;
using FormEngine.Forms.Compilation;
using FormEngine.Submissions;

namespace FormEngine.Tests.Submissions;

/// <summary>A form's <c>eligibility:</c>: compiled and type-checked like any condition, decided on the context only.</summary>
public class EligibilityTests
{
    private const string Page = """
        pages:
          - key: page
            title: {sv: Sida}
            fields:
              - {key: note, type: textarea, label: {sv: Text}}
        """;

    private static string Yaml(string eligibility) => $"""
        key: eligibility-test
        version: 1
        title: {"{"}sv: Test{"}"}
        category: test
        workflow: standard-case
        {eligibility}
        {Page}
        """;

    private static FormContext Resident(string? personnummer, string today = "2026-11-25") => new()
    {
        Today = DateOnly.Parse(today),
        Resident = personnummer is null ? null : new ResidentInfo(personnummer),
    };

    private static readonly string SixteenPlus = """
        eligibility:
          condition: $resident.age >= 16
          message: {sv: Du behöver ha fyllt 16 år.}
        """;

    [Fact]
    public void The_condition_decides_by_the_residents_age_on_todays_swedish_date()
    {
        var form = Pipeline.Form(SixteenPlus + "\n" + Page);

        Assert.True(Eligibility.Allows(form, Resident("191212121212")));
        // Born 2010-11-26: 15 the day before the birthday, 16 on it.
        Assert.False(Eligibility.Allows(form, Resident("201011262381", "2026-11-25")));
        Assert.True(Eligibility.Allows(form, Resident("201011262381", "2026-11-26")));
        Assert.Equal("Du behöver ha fyllt 16 år.", Eligibility.RefusalFor(form, Resident("201011262381"))!.In("sv"));
        Assert.Null(Eligibility.RefusalFor(form, Resident("191212121212")));
    }

    [Fact]
    public void Without_a_resident_the_form_is_refused_and_without_eligibility_everyone_may_use_it()
    {
        Assert.False(Eligibility.Allows(Pipeline.Form(SixteenPlus + "\n" + Page), Resident(null)));
        Assert.True(Eligibility.Allows(Pipeline.Form(Page), Resident(null)));
    }

    [Fact]
    public void FE1061_the_condition_may_not_use_answers()
    {
        var result = new FormCompiler().Compile("form.yaml", Yaml("""
            eligibility:
              condition: len(note) > 0
              message: {sv: Nej.}
            """));

        Assert.Null(result.Form);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.EligibilityOnAnswers, diagnostic.Code);
        Assert.Equal((7, 14), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("'note'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_condition_is_type_checked_and_needs_a_message()
    {
        var notBoolean = new FormCompiler().Compile("form.yaml", Yaml("""
            eligibility:
              condition: $resident.age + 1
              message: {sv: Nej.}
            """));
        Assert.Null(notBoolean.Form);
        Assert.Contains(notBoolean.Diagnostics, d => d.IsError && d.Span.Line == 7);

        var noMessage = new FormCompiler().Compile("form.yaml", Yaml("""
            eligibility:
              condition: $resident.age >= 16
            """));
        Assert.Null(noMessage.Form);
        Assert.Contains(noMessage.Diagnostics, d => d.Code == DiagnosticCodes.MissingProperty);
    }

    [Fact]
    public void A_missing_english_message_is_a_translation_warning()
    {
        var result = new FormCompiler().Compile("form.yaml", Yaml("""
            languages: [sv, en]
            eligibility:
              condition: $resident.age >= 16
              message: {sv: Du behöver ha fyllt 16 år.}
            """).Replace("title: {sv: Test}", "title: {sv: Test, en: Test}", StringComparison.Ordinal)
            .Replace("label: {sv: Text}", "label: {sv: Text, en: Text}", StringComparison.Ordinal)
            .Replace("title: {sv: Sida}", "title: {sv: Sida, en: Page}", StringComparison.Ordinal));

        Assert.NotNull(result.Form);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("eligibility message", warning.Message, StringComparison.Ordinal);
    }
}
