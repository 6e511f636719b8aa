using System.Text.Json.Nodes;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Examples;

/// <summary>
/// Reads an example submission file. Every problem is reported as FE1040 (the example cannot be read) at the
/// position of the mistake, so that one code tells a publishing pipeline "fix the example, not the form".
/// </summary>
/// <example><code>
/// description: Renewal without the previous issuer is refused
/// context: {today: 2026-11-25}
/// answers:
///   request_type: renewal
/// expect:
///   valid: false
///   errors:
///     previous_issuer: required
///   visible: [request_type, previous_issuer]
///   hidden: [valid_until]
/// </code></example>
public static class ExampleReader
{
    /// <summary>The day examples are run on unless their context says otherwise, so that they never depend on the clock.</summary>
    public static readonly DateOnly DefaultToday = new(2026, 1, 15);

    private static readonly string[] Properties = ["description", "context", "answers", "expect"];
    private static readonly string[] ExpectProperties = ["valid", "errors", "visible", "hidden", "eligible"];

    /// <returns>The example, or null when it cannot be run (the reasons are in the bag as FE1040).</returns>
    public static ExampleSubmission? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var example = Read(file, text, local, out var root);
        if (root is null && !local.HasErrors)
            local.Report(DiagnosticCodes.ExampleUnreadable, new SourceSpan(file, 1, 1), "The example file is empty.");
        foreach (var problem in local.Items)
            diagnostics.Add(problem with { Code = DiagnosticCodes.ExampleUnreadable, Severity = Severity.Error });
        return local.HasErrors ? null : example;
    }

    public static void ReportUnreadableFile(string file, string reason, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCodes.ExampleUnreadable, new SourceSpan(file, 1, 1), $"The example file cannot be read: {reason}");

    private static ExampleSubmission? Read(string file, string text, DiagnosticBag diagnostics, out YamlNode? root)
    {
        root = YamlTreeReader.Read(file, text, diagnostics);
        if (root is null || diagnostics.HasErrors) return null;
        if (root is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, root.Span, "An example must be a mapping with description, context, answers and expect.");
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, Properties, "an example");
        var description = reader.String("description");
        var context = FormContextReader.Read(reader.Mapping("context"), DefaultToday, diagnostics);
        var answers = ReadAnswers(reader);
        var expect = ReadExpect(reader);
        if (answers is null || expect is null) return null;
        return new ExampleSubmission { File = file, Description = description, Context = context, Answers = answers, Expect = expect };
    }

    private static JsonObject? ReadAnswers(MappingReader reader)
    {
        if (!reader.Has("answers"))
        {
            reader.Missing("answers");
            return null;
        }
        if (reader.Node("answers") is YamlScalar { IsNull: true }) return [];
        var mapping = reader.Mapping("answers");
        return mapping is null ? null : (JsonObject)YamlJson.ToJson(mapping)!;
    }

    private static ExampleExpectation? ReadExpect(MappingReader example)
    {
        var mapping = example.Mapping("expect", required: true);
        if (mapping is null) return null;
        var expect = new MappingReader(mapping, example.Diagnostics, ExpectProperties, "expect");
        var valid = expect.Enum("valid", new Dictionary<string, bool> { ["true"] = true, ["false"] = false });
        if (valid is null)
        {
            if (!expect.Has("valid")) expect.Missing("valid");
            return null;
        }
        var errors = ReadErrors(expect);
        if (errors is not null && (errors.Count > 0) == valid.Value)
        {
            example.Diagnostics.Report(DiagnosticCodes.InvalidValue, expect.SpanOf("errors"), valid.Value
                ? "'errors' lists issues but 'valid' is true: an example with issues is not valid."
                : "'errors' is empty but 'valid' is false: list the issues the submission must have, or leave 'errors' out.");
        }
        // Unexpected issues are reported at the 'errors:' key itself, where the missing entry belongs.
        var errorsSpan = mapping.Find("errors")?.Key.Span ?? expect.SpanOf("valid");
        return new ExampleExpectation(valid.Value, expect.SpanOf("valid"), errors, errorsSpan,
            ReadPaths(expect, "visible"), ReadPaths(expect, "hidden"))
        {
            Eligible = expect.Enum("eligible", new Dictionary<string, bool> { ["true"] = true, ["false"] = false }),
            EligibleSpan = expect.SpanOf("eligible"),
        };
    }

    private static List<ExpectedIssues>? ReadErrors(MappingReader expect)
    {
        if (!expect.Has("errors")) return null;
        if (expect.Node("errors") is YamlScalar { IsNull: true }) return [];
        var mapping = expect.Mapping("errors");
        if (mapping is null) return null;
        var errors = new List<ExpectedIssues>();
        foreach (var entry in mapping.Entries)
        {
            var codes = entry.Value switch
            {
                YamlScalar { IsNull: false } code => [code.Value],
                YamlSequence list when list.Items.All(i => i is YamlScalar { IsNull: false }) && list.Items.Count > 0 =>
                    list.Items.Cast<YamlScalar>().Select(s => s.Value).ToList(),
                _ => null,
            };
            if (codes is null)
            {
                expect.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, entry.Value.Span,
                    $"'{entry.Key.Value}' must name an issue code (e.g. required) or a list of codes.");
                continue;
            }
            errors.Add(new ExpectedIssues(entry.Key.Value, codes, entry.Key.Span));
        }
        return errors;
    }

    private static List<ExpectedPath> ReadPaths(MappingReader expect, string key)
    {
        var paths = new List<ExpectedPath>();
        foreach (var item in expect.Sequence(key) ?? [])
        {
            if (item is YamlScalar { IsNull: false } path) paths.Add(new ExpectedPath(path.Value, path.Span));
            else expect.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, item.Span, $"Each entry of '{key}' must be a field path such as 'delivery.address'.");
        }
        return paths;
    }
}
