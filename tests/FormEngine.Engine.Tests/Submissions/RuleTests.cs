using FormEngine.Definitions;
using FormEngine.Submissions;

namespace FormEngine.Tests.Submissions;

/// <summary>Step 6: what JSON Schema cannot say, checked once per shown occurrence of the field.</summary>
public sealed class RuleTests
{
    private static readonly Forms.CompiledForm Form = Pipeline.Form("""
        external_lists:
          clinics:
            description: {sv: Mottagningar}
        pages:
          - key: page
            title: {sv: Sida}
            fields:
              - key: age
                type: integer
                label: {sv: Ålder}
              - key: adult_contact
                type: phone
                label: {sv: Telefon}
                required: age + 1 > 18
              - key: start
                type: date
                label: {sv: Från}
              - key: end
                type: date
                label: {sv: Till}
                validators:
                  - compare: ">= start"
                    message: {sv: Slutdatum kan inte vara före startdatum., en: The end cannot be before the start.}
              - key: weight
                type: decimal
                label: {sv: Vikt}
                validators:
                  - rule: weight < age * 10
                    message: {sv: Vikten verkar inte stämma.}
              - key: clinic
                type: single_choice
                label: {sv: Mottagning}
                choices_from: clinics
              - key: ticket
                type: single_choice
                label: {sv: Biljett}
                choices:
                  - code: child
                    label: {sv: Barn}
                    visible_when: age < 18
                  - code: adult
                    label: {sv: Vuxen}
                    visible_when: age >= 18
                  - code: companion
                    label: {sv: Ledsagare}
        """);

    [Theory]
    [InlineData(30, true)]
    [InlineData(10, false)]
    public void A_requirement_JSON_Schema_cannot_express_is_checked_in_step_6(int age, bool required)
    {
        var result = Pipeline.Submit(Form, $$"""{"age":{{age}}}""");

        Assert.DoesNotContain(Form.Schema.Required, k => k == "adult_contact");
        Assert.Equal(required ? ["adult_contact:required"] : [], result.Problems());
    }

    [Fact]
    public void A_compare_validator_gives_its_own_message_in_both_languages()
    {
        var issue = Assert.Single(Pipeline.Submit(Form, """{"start":"2025-03-10","end":"2025-03-01"}""").Issues);

        Assert.Equal(("end", "compare"), (issue.Path, issue.Code));
        Assert.Equal("Slutdatum kan inte vara före startdatum.", issue.Message("sv"));
        Assert.Equal("The end cannot be before the start.", issue.Message("en"));
    }

    [Fact]
    public void A_rule_message_without_english_falls_back_to_swedish()
    {
        var issue = Assert.Single(Pipeline.Submit(Form, """{"age":5,"weight":80}""").Issues);

        Assert.Equal(("weight", "rule"), (issue.Path, issue.Code));
        Assert.Equal("Vikten verkar inte stämma.", issue.Message("en"));
    }

    [Fact]
    public void Rules_are_not_checked_on_empty_answers() =>
        Assert.True(Pipeline.Submit(Form, """{"start":"2025-03-10","weight":""}""").IsValid);

    [Fact]
    public void A_schema_problem_hides_the_rule_on_the_same_answer() =>
        Assert.Equal(["end:format"], Pipeline.Submit(Form, """{"start":"2025-03-10","end":"2025-02-30"}""").Problems());

    [Theory]
    [InlineData("vc-norr", true)]
    [InlineData("vc-okand", false)]
    public void An_answer_from_an_external_list_must_be_offered_by_the_clinic(string code, bool valid) =>
        Assert.Equal(valid ? [] : ["clinic:choice"], Pipeline.Submit(Form, $$"""{"clinic":"{{code}}"}""").Problems());

    [Fact]
    public void Without_the_clinics_list_nothing_from_it_can_be_chosen()
    {
        var context = Pipeline.Context with { Lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>() };

        Assert.Equal(["clinic:choice"], Pipeline.Submit(Form, """{"clinic":"vc-norr"}""", context).Problems());
    }

    [Theory]
    [InlineData(30, "adult", true)]
    [InlineData(30, "child", false)]
    [InlineData(10, "child", true)]
    [InlineData(10, "companion", true)]
    public void Only_choices_offered_to_this_resident_can_be_chosen(int age, string ticket, bool valid) =>
        Assert.Equal(valid ? [] : ["ticket:choice"], Pipeline.Submit(Form, $$"""{"age":{{age}},"adult_contact":"0701234567","ticket":"{{ticket}}"}""").Problems());

    [Fact]
    public void The_offered_choices_are_the_ones_the_form_shows()
    {
        var ticket = Form.FindField("ticket")!;
        var result = Pipeline.Submit(Form, """{"age":10}""");
        var values = new SubmissionValuesProbe(result);

        Assert.Equal(["child", "companion"], ChoiceOffer.For(ticket, values, Pipeline.Context).Select(c => c.Code));
    }

    /// <summary>Reads the stored answers the way conditions do, for <see cref="ChoiceOffer"/>.</summary>
    private sealed class SubmissionValuesProbe(SubmissionResult result) : FormEngine.Expressions.IValueSource
    {
        public DateOnly Today => Pipeline.Context.Today;

        public object? Get(FormEngine.Expressions.Symbol symbol) =>
            result.Form.FindField(symbol.Id) is { } field && result.Data[field.Key] is { } value ? field.Type.ToExpressionValue(value) : null;
    }
}
