namespace FormEngine.Tests.Submissions;

/// <summary>Repeats: conditions within each row, counts, sums over a column, and paths with row numbers.</summary>
public sealed class RepeatTests
{
    private static readonly Forms.CompiledForm Form = Pipeline.Fields("""
              - key: urgent
                type: yes_no
                label: {sv: Brådskande?}
              - key: packages
                type: repeat
                label: {sv: Paket}
                min_count: 2
                max_count: 3
                validators:
                  - rule: sum(packages.count) <= 20
                    message: {sv: Högst 20 förpackningar totalt., en: At most 20 packages in total.}
                fields:
                  - key: kind
                    type: single_choice
                    label: {sv: Sort}
                    required: true
                    choices:
                      - code: pill
                        label: {sv: Tablett}
                      - code: device
                        label: {sv: Hjälpmedel}
                  - key: count
                    type: integer
                    label: {sv: Antal}
                    required: true
                    visible_when: kind == 'pill'
                    validators:
                      - max: 9
                  - key: reason
                    type: text
                    label: {sv: Varför brådskande?}
                    required: urgent
        """);

    [Fact]
    public void A_condition_in_a_row_reads_that_rows_answers()
    {
        var result = Pipeline.Submit(Form, """{"packages":[{"kind":"pill","count":2},{"kind":"device","count":3}]}""");

        Assert.Equal("""{"packages":[{"kind":"pill","count":2},{"kind":"device"}]}""", result.Stored());
        Assert.True(result.IsValid, string.Join(", ", result.Problems()));
        // Relevant means shown: the device row's count is not, both rows' (unanswered) reasons are.
        Assert.Equal(["packages[0].count", "packages[0].kind", "packages[0].reason", "packages[1].kind", "packages[1].reason"],
            result.RelevantPaths.Where(p => p.StartsWith("packages[", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Problems_in_rows_carry_the_row_number_from_zero() =>
        Assert.Equal(["packages[1].count:max", "packages[2].count:required"],
            Pipeline.Submit(Form, """{"packages":[{"kind":"pill","count":1},{"kind":"pill","count":"12"},{"kind":"pill"}]}""").Problems());

    [Fact]
    public void A_top_level_answer_can_require_a_field_in_every_row() =>
        Assert.Equal(["packages[0].reason:required", "packages[1].reason:required"],
            Pipeline.Submit(Form, """{"urgent":"ja","packages":[{"kind":"device"},{"kind":"device"}]}""").Problems());

    [Fact]
    public void A_sum_leaves_out_rows_where_the_field_is_hidden() =>
        Assert.True(Pipeline.Submit(Form, """{"packages":[{"kind":"pill","count":9},{"kind":"device","count":9},{"kind":"pill","count":9}]}""").IsValid);

    [Fact]
    public void A_rule_can_sum_a_column()
    {
        var result = Pipeline.Submit(Form, """{"packages":[{"kind":"pill","count":9},{"kind":"pill","count":9},{"kind":"pill","count":3}]}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("packages", "rule"), (issue.Path, issue.Code));
        Assert.Equal("Högst 20 förpackningar totalt.", issue.Message());
        Assert.Equal("At most 20 packages in total.", issue.Message("en"));
    }

    [Theory]
    [InlineData("""[{"kind":"device"}]""", "packages:min_count", "Lägg till minst 2.")]
    [InlineData("""[{"kind":"device"},{"kind":"device"},{"kind":"device"},{"kind":"device"}]""", "packages:max_count", "Lägg till högst 3.")]
    public void Row_counts_are_checked_with_their_own_messages(string rows, string problem, string message)
    {
        var result = Pipeline.Submit(Form, $$"""{"packages":{{rows}}}""");

        Assert.Equal([problem], result.Problems());
        Assert.Equal(message, result.Issues[0].Message());
    }

    [Fact]
    public void Instances_list_each_row_of_a_field()
    {
        var result = Pipeline.Submit(Form, """{"packages":[{"kind":"pill","count":1},{"kind":"device"}]}""");
        var kind = result.Form.FindField("packages[].kind")!;

        Assert.Equal(["packages[0].kind", "packages[1].kind"], result.InstancesOf(kind).Select(i => i.Path));
        Assert.Equal([[0], [1]], result.InstancesOf(kind).Select(i => i.Rows));
    }
}
