using FormEngine.Diagnostics;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Programs;

namespace FormEngine.Tests.Programs;

/// <summary>Small programs and step forms written out line by line, so that tests can name exact positions.</summary>
internal static class ProgramFixtures
{
    public static string StepForm(string key = "skattning", string workflow = "program-step") => $$"""
        key: {{key}}
        version: 1
        title: {sv: Skattning}
        category: stod-och-behandling
        flow: resident-initiated
        workflow: {{workflow}}
        languages: [sv]
        pages:
          - key: sida
            title: {sv: Sida}
            fields:
              - key: niva
                type: integer
                label: {sv: Nivå}
                required: true
        """;

    public static IReadOnlyDictionary<string, CompiledForm> Forms { get; } = Compile();

    private static Dictionary<string, CompiledForm> Compile()
    {
        var result = new FormCompiler().Compile("skattning.yaml", StepForm());
        Assert.Empty(result.Diagnostics);
        return new Dictionary<string, CompiledForm> { ["skattning"] = result.Form! };
    }

    /// <summary>A valid program of one module (lines 1-19); <paramref name="moreSteps"/> are added as lines 20 on.</summary>
    public static string Program(params string[] moreSteps) => string.Join("\n", [
        "key: prov",                                  // 1
        "version: 1",                                 // 2
        "title: {sv: Prov}",                          // 3
        "description: {sv: Ett program för prov.}",   // 4
        "clinic_kinds: [vardcentral]",                // 5
        "modules:",                                   // 6
        "  - key: forsta",                            // 7
        "    title: {sv: Första modulen}",            // 8
        "    texts:",                                 // 9
        "      - {sv: Läs detta.}",                   // 10
        "    steps:",                                 // 11
        "      - key: las",                           // 12
        "        kind: read",                         // 13
        "        title: {sv: Läs}",                   // 14
        "        text: {sv: Text att läsa.}",         // 15
        "      - key: fyll",                          // 16
        "        kind: form",                         // 17
        "        title: {sv: Fyll i}",                // 18
        "        form: skattning",                    // 19
        .. moreSteps]) + "\n";

    public static (TreatmentProgram? Program, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, FormEngine.Catalog.ClinicCatalog? catalog = null)
    {
        var diagnostics = new DiagnosticBag();
        var program = ProgramReader.Read("program.yaml", text, Forms, catalog, diagnostics);
        return (program, diagnostics.Sorted());
    }

    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, DiagnosticCode code, int line, int column)
    {
        var diagnostic = Assert.Single(diagnostics);
        Assert.True(diagnostic.Code == code && diagnostic.Span.Line == line && diagnostic.Span.Column == column,
            $"expected {code} at ({line},{column}), got {diagnostic}");
        return diagnostic;
    }
}
