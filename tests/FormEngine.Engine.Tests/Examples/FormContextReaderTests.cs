using FormEngine.Diagnostics;
using FormEngine.Examples;

namespace FormEngine.Tests.Examples;

public class FormContextReaderTests
{
    private static readonly DateOnly Fallback = new(2030, 6, 1);

    [Fact]
    public void Reads_a_json_context_file()
    {
        var diagnostics = new DiagnosticBag();
        var context = FormContextReader.ReadFile("context.json", """
            {
              "today": "2026-11-25",
              "resident": {"personnummer": "19121212-1212", "name": "Tolvan Tolvansson"},
              "clinic": {"key": "vc-eksjo", "name": "Vårdcentralen Eksjö"},
              "lists": {"certificate_kinds": [{"code": "korkort", "label": {"sv": "Körkortsintyg"}}]}
            }
            """, Fallback, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(new DateOnly(2026, 11, 25), context!.Today);
        Assert.Equal("191212121212", context.Resident!.Personnummer);
        Assert.Equal("vc-eksjo", context.Clinic!.Key);
        Assert.Equal("Körkortsintyg", Assert.Single(context.List("certificate_kinds")).Label.In("en"));
    }

    [Fact]
    public void Today_defaults_to_the_day_given()
    {
        var diagnostics = new DiagnosticBag();
        var context = FormContextReader.ReadFile("context.yaml", "clinic: {key: vc-eksjo, name: Eksjö}\n", Fallback, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(Fallback, context!.Today);
    }

    [Fact]
    public void Mistakes_are_reported_with_positions_and_skipped()
    {
        var diagnostics = new DiagnosticBag();
        var context = FormContextReader.ReadFile("context.yaml", """
            clinic: {key: vc-eksjo}
            lists:
              kinds:
                - {code: a, label: {sv: A}}
                - {code: a, label: {sv: A igen}}
                - {code: b, label: B}
              other: text
            """, Fallback, diagnostics);
        Assert.NotNull(context);
        Assert.Null(context.Clinic);
        Assert.Equal(["a", "b"], context.List("kinds").Select(c => c.Code));
        Assert.Equal(
            [(DiagnosticCodes.MissingProperty, 1), (DiagnosticCodes.DuplicateChoiceCode, 5), (DiagnosticCodes.WrongNodeKind, 6), (DiagnosticCodes.WrongNodeKind, 7)],
            diagnostics.Sorted().Select(d => (d.Code, d.Span.Line)));
    }
}
