using FormEngine.Diagnostics;
using FormEngine.Examples;

namespace FormEngine.Tests.Examples;

public class ExampleReaderTests
{
    private static (ExampleSubmission? Example, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var example = ExampleReader.Read("examples/x.yaml", yaml, diagnostics);
        return (example, diagnostics.Items);
    }

    [Fact]
    public void Reads_every_part_of_an_example()
    {
        var (example, diagnostics) = Read("""
            description: Renewal without the previous issuer is refused
            context:
              today: 2026-11-25
              resident: {personnummer: "191212121212", name: Tolvan Tolvansson, email: tolvan@example.se, phone: 070-1234567}
              clinic: {key: vc-eksjo, name: Vårdcentralen Eksjö}
              lists:
                certificate_kinds:
                  - {code: korkort, label: {sv: Körkortsintyg, en: Driving licence certificate}}
            answers:
              request_type: renewal
              packages: [{count: 2}]
            expect:
              valid: false
              errors:
                previous_issuer: required
                "packages[0].count": [min, type]
              visible: [request_type, previous_issuer]
              hidden: [valid_until]
            """);
        Assert.Empty(diagnostics);
        Assert.NotNull(example);
        Assert.Equal("Renewal without the previous issuer is refused", example.Description);
        Assert.Equal(new DateOnly(2026, 11, 25), example.Context.Today);
        Assert.Equal("191212121212", example.Context.Resident!.Personnummer);
        Assert.Equal("Tolvan Tolvansson", example.Context.Resident.Name);
        Assert.Equal("Vårdcentralen Eksjö", example.Context.Clinic!.Name);
        var kind = Assert.Single(example.Context.List("certificate_kinds"));
        Assert.Equal("korkort", kind.Code);
        Assert.Equal("Driving licence certificate", kind.Label.In("en"));
        Assert.Equal("""{"request_type":"renewal","packages":[{"count":2}]}""", example.Answers.ToJsonString());
        Assert.False(example.Expect.Valid);
        Assert.Equal(new SourceSpan("examples/x.yaml", 13, 10), example.Expect.ValidSpan);
        Assert.Equal(new SourceSpan("examples/x.yaml", 14, 3), example.Expect.ErrorsSpan);
        Assert.Collection(example.Expect.Errors!,
            e => { Assert.Equal("previous_issuer", e.Path); Assert.Equal(["required"], e.Codes); Assert.Equal(15, e.Span.Line); },
            e => { Assert.Equal("packages[0].count", e.Path); Assert.Equal(["min", "type"], e.Codes); Assert.Equal(16, e.Span.Line); });
        Assert.Equal(["request_type", "previous_issuer"], example.Expect.Visible.Select(v => v.Path));
        Assert.Equal(new SourceSpan("examples/x.yaml", 17, 27), example.Expect.Visible[1].Span);
        Assert.Equal("valid_until", Assert.Single(example.Expect.Hidden).Path);
    }

    [Fact]
    public void Without_a_context_the_day_is_fixed_so_that_examples_never_depend_on_the_clock()
    {
        var (example, diagnostics) = Read("answers: {}\nexpect: {valid: true}\n");
        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2026, 1, 15), example!.Context.Today);
        Assert.Null(example.Context.Resident);
        Assert.Null(example.Expect.Errors);
        Assert.Empty(example.Answers);
    }

    [Fact]
    public void Every_problem_is_FE1040_at_its_position()
    {
        var (example, diagnostics) = Read("""
            descripton: typo
            context:
              today: 25/11/2026
              resident: {personnummer: "191212121213"}
            answers: [a, b]
            expect:
              valid: maybe
            """);
        Assert.Null(example);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.ExampleUnreadable, d.Code));
        Assert.All(diagnostics, d => Assert.True(d.IsError));
        Assert.Equal(
            [(1, 1, "descripton"), (3, 10, "25/11/2026"), (4, 28, "personnummer"), (5, 10, "answers"), (7, 10, "maybe")],
            diagnostics.Select(d => (d.Span.Line, d.Span.Column, Word(d.Message))));

        static string Word(string message) =>
            new[] { "descripton", "25/11/2026", "personnummer", "answers", "maybe" }.First(message.Contains);
    }

    [Fact]
    public void Expect_and_answers_are_required()
    {
        var (example, diagnostics) = Read("description: nothing else\n");
        Assert.Null(example);
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Message.Contains("'answers'"));
        Assert.Contains(diagnostics, d => d.Message.Contains("'expect'"));
    }

    [Theory]
    [InlineData("answers: {}\nexpect:\n  valid: true\n  errors: {phone: format}\n", "'valid' is true")]
    [InlineData("answers: {}\nexpect:\n  valid: false\n  errors: {}\n", "'errors' is empty")]
    public void Errors_must_agree_with_valid(string yaml, string message)
    {
        var (example, diagnostics) = Read(yaml);
        Assert.Null(example);
        var problem = Assert.Single(diagnostics);
        Assert.Contains(message, problem.Message);
        Assert.Equal(4, problem.Span.Line);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("answers: {\n", "")]
    [InlineData("- just\n- a list\n", "mapping")]
    public void Unreadable_files_are_reported(string yaml, string message)
    {
        var (example, diagnostics) = Read(yaml);
        Assert.Null(example);
        var problem = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ExampleUnreadable, problem.Code);
        Assert.Contains(message, problem.Message);
        Assert.True(problem.Span.Line > 0);
    }
}
