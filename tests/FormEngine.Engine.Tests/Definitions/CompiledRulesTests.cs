using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Submissions;

namespace FormEngine.Tests.Definitions;

/// <summary>
/// Conditions JSON Schema cannot say (functions, context values, sums over repeats, field-to-field comparisons)
/// must not vanish from the schema silently: each becomes a step-6 rule on the compiled form.
/// </summary>
public sealed class CompiledRulesTests
{
    private static CompiledForm Compile(string golden)
    {
        var result = new FormCompiler().Compile(GoldenCase.FormFile, new GoldenCase(golden).Yaml);
        Assert.True(result.Form is not null, string.Join("\n", result.Diagnostics));
        return result.Form;
    }

    private static Dictionary<string, string?> RequiredWhen(CompiledForm form) =>
        form.Rules.OfType<CrossFieldRule.RequiredWhen>().ToDictionary(r => r.Field.Path, r => r.Condition?.Text);

    [Fact]
    public void Conditions_that_do_not_translate_become_required_when_rules()
    {
        var rules = RequiredWhen(Compile("105-conditions-for-step-six"));

        Assert.Equal(new Dictionary<string, string?>
        {
            ["items[].reason"] = "count > total_limit",
            ["guardian"] = "age(pnr) < 18",
            ["adult_only"] = "$resident.age >= 18",
            ["bulk_reason"] = "sum(items.count) > 10",
            ["recent"] = "born > add_days(today(), -30)",
            ["same"] = "total_limit == items_total",
            ["lower_pnr"] = "lower(pnr) == 'x'",
        }, rules);
    }

    [Fact]
    public void A_condition_that_translates_is_in_the_schema_and_not_a_rule()
    {
        var form = Compile("105-conditions-for-step-six");
        Assert.DoesNotContain("translated", RequiredWhen(form).Keys);
        Assert.Single(form.Schema.Conditionals, c => c.FieldKey == "translated");
    }

    [Theory]
    [InlineData("103-conditions-translated")]
    [InlineData("104-conditions-across-groups")]
    [InlineData("109-page-visibility")]
    public void Forms_whose_conditions_all_translate_have_no_required_when_rules(string golden) =>
        Assert.Empty(RequiredWhen(Compile(golden)));

    [Fact]
    public void Relevance_read_from_a_computed_field_is_checked_in_step_six()
    {
        var rule = Assert.Single(Compile("106-computed-and-prefill").Rules.OfType<CrossFieldRule.RequiredWhen>());
        Assert.Equal("discount_reason", rule.Field.Path);
        Assert.Null(rule.Condition); // always required once relevant; relevance itself is enforced by removing values
    }

    [Fact]
    public void Rule_and_compare_validators_and_dynamic_choices_become_rules()
    {
        var validators = Compile("107-validators").Rules.OfType<CrossFieldRule.Holds>().Select(r => r.Validator.Kind);
        Assert.Equal(["compare", "rule"], validators);

        var offered = Compile("108-lists-and-terms").Rules.OfType<CrossFieldRule.Offered>().Select(r => r.Field.Path);
        Assert.Equal(["kind", "pharmacy", "extra"], offered);
    }

    [Fact]
    public void Hidden_fields_take_the_type_of_their_prefill()
    {
        var form = Compile("106-computed-and-prefill");
        Assert.Equal(FormEngine.Expressions.ExprType.Text, form.FindField("clinic")!.Symbol.Type);
        Assert.Equal(FormEngine.Expressions.ExprType.Number, form.FindField("double_total")!.Symbol.Type);
    }
}
