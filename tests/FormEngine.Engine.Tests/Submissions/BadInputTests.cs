namespace FormEngine.Tests.Submissions;

/// <summary>Answers no browser would send: each gets a problem to show, never an exception, and nothing half-kept.</summary>
public sealed class BadInputTests
{
    private static readonly FormEngine.Forms.CompiledForm Form = Pipeline.Fields("""
              - {key: weight, type: decimal, label: {sv: Vikt}}
              - {key: count, type: integer, label: {sv: Antal}}
              - {key: heavy_note, type: text, label: {sv: Anteckning}, required: true, visible_when: weight >= 80}
        """);

    [Fact]
    public void A_property_given_twice_refuses_the_whole_submission()
    {
        var result = Pipeline.Submit(Form, """{"weight": 1, "weight": 2}""");
        Assert.Equal([":duplicate"], result.Problems());
        Assert.Equal("{}", result.Stored());
        Assert.Equal("Samma svar skickades två gånger. Skicka formuläret igen.", result.Issues[0].Message());
    }

    [Fact]
    public void A_submission_that_is_not_an_object_is_one_problem() =>
        Assert.Equal([":type"], Pipeline.Submit(Form, "[1, 2]").Problems());

    [Theory]
    [InlineData("1e30")]
    [InlineData("2.5000000000000000000000000000001")]
    public void A_number_beyond_decimal_is_refused_as_not_a_number_rather_than_rounded(string number)
    {
        var result = Pipeline.Submit(Form, $$"""{"weight": {{number}}, "count": {{number}}, "heavy_note": "x"}""");
        Assert.Equal(["weight:type", "count:type"], result.Problems());
        Assert.DoesNotContain("heavy_note", result.RelevantPaths);
    }

    [Fact]
    public void Short_exponent_forms_are_ordinary_numbers()
    {
        var result = Pipeline.Submit(Form, """{"weight": 1e2, "heavy_note": "tung"}""");
        Assert.Empty(result.Problems());
        Assert.Contains("heavy_note", result.RelevantPaths);
    }

    [Fact]
    public void Limits_in_messages_are_written_the_readers_way()
    {
        var form = Pipeline.Fields("""
                  - key: dose
                    type: decimal
                    label: {sv: Dos}
                    validators: [{max: 2.5}]
            """);
        var issue = Pipeline.Submit(form, """{"dose": 3}""").Issues.Single();
        Assert.Equal("Skriv 2,5 eller mindre.", issue.Message("sv"));
        Assert.Equal("Enter 2.5 or less.", issue.Message("en"));
    }
}
