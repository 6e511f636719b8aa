using System.Security.Cryptography;
using System.Text;
using FormEngine.Definitions;
using FormEngine.Diagnostics;
using FormEngine.Forms.FieldTypes;
using FormEngine.Schema;

namespace FormEngine.Forms.Compilation;

/// <summary>
/// YAML in, compiled form or the complete list of problems out. Never throws on author mistakes: each stage
/// runs on whatever the earlier stages could make sense of, so one run reports everything.
/// </summary>
public sealed class FormCompiler(FieldTypeRegistry? types = null)
{
    private readonly FieldTypeRegistry _types = types ?? FieldTypeRegistry.Default;

    public CompileResult Compile(string file, string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var definition = new FormDefinitionReader(_types.AllSettings).Read(file, yaml, diagnostics);
        if (definition is null) return new CompileResult(null, Distinct(diagnostics));

        var tree = new FieldTreeBuilder(definition, _types, diagnostics);
        var (pages, topLevel) = tree.Build();
        var all = tree.All;

        var binder = new ExpressionBinder(topLevel, diagnostics);
        binder.BindSymbols(all);
        binder.BindComputed(all);
        foreach (var page in pages) binder.BindPage(page);
        var eligibility = binder.BindEligibility(definition.Eligibility);
        foreach (var field in all)
        {
            binder.Bind(field, tree);
            ValidatorArguments.CheckRanges(field, diagnostics);
        }

        var graph = new DependencyGraph(all, diagnostics);
        graph.CheckPages(pages);
        graph.CheckForwardReferences();
        var order = graph.Order();
        TranslationLint.Check(definition, diagnostics);

        if (diagnostics.HasErrors) return new CompileResult(null, Distinct(diagnostics));

        var (schema, rules) = new SchemaBuilder(graph.FieldOf, definition.Terms is not null).Build(topLevel);
        var form = new CompiledForm
        {
            Definition = definition,
            ContentHash = ContentHash(yaml),
            Pages = pages,
            Fields = topLevel,
            AllFields = all,
            EvaluationOrder = order,
            Schema = schema,
            JsonSchema = JsonSchemaWriter.Write(schema, new CompiledFormInfo(definition.Key, definition.Version, definition.Title.In("sv"))),
            Rules = rules,
            Eligibility = eligibility,
        };
        return new CompileResult(form, Distinct(diagnostics));
    }

    /// <summary>
    /// One problem, one line: an expression compiled more than once (a shared list's choice filter, once per
    /// field using the list) would otherwise repeat the same diagnostic at the same place.
    /// </summary>
    private static IReadOnlyList<Diagnostic> Distinct(DiagnosticBag diagnostics) => [.. diagnostics.Sorted().Distinct()];

    /// <summary>SHA-256 of the text with line endings and trailing spaces normalised: the same content on any OS hashes the same.</summary>
    public static string ContentHash(string yaml)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd());
        var normalized = string.Join('\n', lines).TrimEnd('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}

/// <param name="Form">Null when there are errors.</param>
/// <param name="Diagnostics">Errors and warnings, in file order.</param>
public sealed record CompileResult(CompiledForm? Form, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Form is not null;
}
