using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

internal static class ChoiceReader
{
    private static readonly string[] Properties = ["code", "label", "hint", "visible_when"];

    public static List<ChoiceDefinition> ReadAll(IReadOnlyList<YamlNode> items, DiagnosticBag diagnostics)
    {
        var choices = new List<ChoiceDefinition>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, item.Span, "A choice must be a mapping with code and label.");
                continue;
            }
            var choice = new MappingReader(mapping, diagnostics, Properties, "a choice");
            var code = choice.Scalar("code", required: true);
            var label = TextReader.Read(choice, "label", required: true);
            if (code is null || label is null) continue;
            if (!codes.Add(code.Value))
                diagnostics.Report(DiagnosticCodes.DuplicateChoiceCode, code.Span, $"Choice code '{code.Value}' is used twice in this list.");
            choices.Add(new ChoiceDefinition(code.Value, label, TextReader.Read(choice, "hint"),
                ExpressionReader.Read(choice, "visible_when"), mapping.Span));
        }
        return choices;
    }
}
