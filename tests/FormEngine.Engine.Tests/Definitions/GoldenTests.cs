using FormEngine.Forms.Compilation;

namespace FormEngine.Tests.Definitions;

/// <summary>
/// Golden files for the form language (Scriban style): each folder under golden/ pins what the compiler says about
/// one definition, and the JSON Schema it publishes when the definition is valid. Set UPDATE_GOLDEN=1 to rewrite
/// the expected files after a deliberate change, then read the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases => [.. GoldenCase.Names];

    [Fact]
    public void There_are_enough_cases_of_each_kind()
    {
        if (GoldenCase.Updating) return; // new schema.json files reach the output folder only with the next build
        var cases = GoldenCase.Names.Select(n => new GoldenCase(n)).ToList();
        Assert.True(cases.Count(c => c.ExpectedSchema is null) >= 30, "at least 30 invalid definitions");
        Assert.True(cases.Count(c => c.ExpectedSchema is not null) >= 8, "at least 8 valid definitions");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiles_as_expected(string name)
    {
        var golden = new GoldenCase(name);
        var result = new FormCompiler().Compile(GoldenCase.FormFile, golden.Yaml);
        var diagnostics = string.Join("\n", result.Diagnostics);
        var schema = result.Form?.JsonSchema;

        if (GoldenCase.Updating)
        {
            golden.Write(GoldenCase.ExpectedFile, diagnostics.Length == 0 ? "" : diagnostics + "\n");
            if (schema is not null) golden.Write(GoldenCase.SchemaFile, schema + "\n");
            return;
        }

        Same(golden.ExpectedDiagnostics, diagnostics, GoldenCase.ExpectedFile);
        if (golden.ExpectedSchema is { } expected)
        {
            Assert.True(schema is not null, "the definition must compile");
            Same(expected, GoldenCase.Normalize(schema), GoldenCase.SchemaFile);
        }
        else
        {
            Assert.True(schema is null, "the definition must not compile (add schema.json if it is meant to be valid)");
            Assert.Contains(result.Diagnostics, d => d.IsError);
        }
    }

    /// <summary>Shows both texts whole: a golden diff is read line by line, not from the first differing character.</summary>
    private static void Same(string expected, string actual, string file) =>
        Assert.True(expected == actual, $"{file} differs.\n--- expected\n{expected}\n--- actual\n{actual}\n---");
}
