using System.Text.Json.Nodes;

namespace FormEngine.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _form;
    private readonly string _context;

    public CheckCommandTests()
    {
        _form = _folder.Write("form.yaml", TestForms.Intyg);
        _context = _folder.Write("context.yaml", TestForms.Context);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_valid_submission_prints_the_normalised_json_and_exits_0()
    {
        var answers = _folder.Write("answers.json", """
            {"kind": "korkort", "request_type": "new", "previous_issuer": "Dropped: not relevant",
             "phone": " 070-123 45 67 ", "packages": [{"count": "2"}], "terms_accepted": true}
            """);
        var run = CliRun.Of("check", _form, answers, "--context", _context);
        Assert.True(run.ExitCode == 0, run.ToString());
        var data = JsonNode.Parse(run.Stdout)!.AsObject();
        Assert.False(data.ContainsKey("previous_issuer"));
        Assert.Equal(2, (int)data["packages"]![0]!["count"]!);
        Assert.True((bool)data["terms_accepted"]!);
        Assert.Contains("\n  \"kind\": \"korkort\"", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Swedish_letters_are_printed_as_themselves()
    {
        var answers = _folder.Write("answers.yaml", "kind: korkort\nrequest_type: renewal\nprevious_issuer: Vårdcentralen Öxabäck\nterms_accepted: true\n");
        var run = CliRun.Of("check", _form, answers, "--context", _context);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"previous_issuer\": \"Vårdcentralen Öxabäck\"", run.Stdout);
    }

    [Fact]
    public void An_invalid_submission_prints_one_path_and_message_line_per_problem_and_exits_1()
    {
        var answers = _folder.Write("answers.yaml", """
            kind: vapen
            request_type: renewal
            phone: "12"
            packages:
              - count: 2
              - count: 0
              - count: abc
            """);
        var run = CliRun.Of("check", _form, answers, "--context", _context);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "kind: Välj ett av alternativen.",
                "packages[1].count: Skriv 1 eller mer.",
                "packages[2].count: Skriv ett heltal, till exempel 2.",
                "phone: Skriv ett telefonnummer, till exempel 070-123 45 67.",
                "previous_issuer: Fyll i fältet.",
                "terms_accepted: Du måste godkänna villkoren för att skicka.",
            ],
            run.StdoutLines.Order(StringComparer.Ordinal));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Messages_follow_the_language_option()
    {
        var answers = _folder.Write("answers.json", """{"kind": "korkort", "request_type": "renewal", "terms_accepted": true}""");
        var run = CliRun.Of("check", _form, answers, "--context", _context, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["previous_issuer: Fill in this field."], run.StdoutLines);
    }

    [Fact]
    public void A_field_with_several_problems_gets_a_line_each()
    {
        var form = _folder.Write("multi.yaml", """
            key: multi
            version: 1
            title: {sv: Flera fel}
            category: test
            workflow: standard-case
            pages:
              - key: one
                title: {sv: Ett}
                fields:
                  - key: code
                    type: text
                    label: {sv: Kod}
                    validators:
                      - min_length: 5
                      - pattern: '^[0-9]+$'
                        message: {sv: Bara siffror.}
            """);
        var run = CliRun.Of("check", form, _folder.Write("a.json", """{"code": "ab"}"""));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["code: Bara siffror.", "code: Skriv minst 5 tecken."], run.StdoutLines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_context_external_choices_are_not_offered()
    {
        var answers = _folder.Write("answers.json", """{"kind": "korkort", "request_type": "new", "terms_accepted": true}""");
        var run = CliRun.Of("check", _form, answers);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["kind: Välj ett av alternativen."], run.StdoutLines);
    }

    [Fact]
    public void A_broken_answers_file_gets_a_diagnostic_with_its_position_and_exits_1()
    {
        var answers = _folder.Write("answers.json", "{\"kind\": \"korkort\",\n  \"request_type\": [\n}");
        var run = CliRun.Of("check", _form, answers);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{answers}(3,1): error FE1001:", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_broken_context_file_gets_a_diagnostic_and_exits_1()
    {
        var context = _folder.Write("bad-context.yaml", "today: tomorrow\n");
        var run = CliRun.Of("check", _form, _folder.Write("a.json", "{}"), "--context", context);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{context}(1,8): error FE1006: 'today' must be a date", run.Stderr);
    }

    [Theory]
    [InlineData("answers")]
    [InlineData("context")]
    [InlineData("form")]
    public void A_missing_file_exits_2(string which)
    {
        var missing = _folder.PathOf("missing.json");
        var answers = _folder.Write("a.json", "{}");
        string[] args = which switch
        {
            "answers" => ["check", _form, missing],
            "context" => ["check", _form, answers, "--context", missing],
            _ => ["check", missing, answers],
        };
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{missing}' does not exist", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}
