using FormEngine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FormEngine.Definitions.Yaml;

/// <summary>
/// Reads YAML into position-carrying nodes from the parser's events, so that a duplicate key is a
/// diagnostic instead of an exception and every node knows its line and column.
/// </summary>
public static class YamlTreeReader
{
    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        var parser = new Parser(new StringReader(text));
        var openFlows = new Stack<SourceSpan>([new SourceSpan(file, 1, 1)]);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, lines, diagnostics, openFlows);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                diagnostics.Report(DiagnosticCodes.YamlSyntax, At(file, parser.Current!.Start),
                    "Only one YAML document is allowed per file.");
            return root;
        }
        catch (YamlException e)
        {
            if ((TabAt(lines, e.End) ?? TabAt(lines, e.Start)) is { } tab)
                diagnostics.Report(DiagnosticCodes.YamlSyntax, At(file, tab), "Tabs cannot indent YAML: indent with spaces.");
            else
                diagnostics.Report(DiagnosticCodes.YamlSyntax, At(file, e.Start), Clean(e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unclosed '{' (e.g. "a: {sv: Text" then
            // "b: 1"), without a position. Its look-ahead may already be past the '{' being read, hence "at or after".
            diagnostics.Report(DiagnosticCodes.YamlSyntax, openFlows.Peek(),
                "A '{...}' or '[...]' at or after this point is not closed: is a '}' or ']' missing?");
            return null;
        }
    }

    /// <param name="openFlows">Where the '{...}' and '[...]' being read start (the file's start at the bottom), to point near an unclosed one.</param>
    private static YamlNode ReadNode(IParser parser, string file, string[] lines, DiagnosticBag diagnostics, Stack<SourceSpan> openFlows)
    {
        var start = At(file, parser.Current!.Start);
        if (parser.TryConsume<Scalar>(out var scalar))
            return ToScalar(scalar, file, lines);

        if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            if (sequenceStart.Style == SequenceStyle.Flow) openFlows.Push(start);
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
                items.Add(ReadNode(parser, file, lines, diagnostics, openFlows));
            if (sequenceStart.Style == SequenceStyle.Flow) openFlows.Pop();
            return new YamlSequence(start, items);
        }

        if (parser.TryConsume<MappingStart>(out var mappingStart))
        {
            if (mappingStart.Style == MappingStyle.Flow) openFlows.Push(start);
            var entries = new List<YamlEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, file, lines, diagnostics, openFlows);
                var value = ReadNode(parser, file, lines, diagnostics, openFlows);
                if (keyNode is not YamlScalar key)
                {
                    diagnostics.Report(DiagnosticCodes.WrongNodeKind, keyNode.Span, "A key must be a plain name.");
                    continue;
                }
                if (!seen.Add(key.Value))
                {
                    diagnostics.Report(DiagnosticCodes.DuplicateProperty, key.Span, $"'{key.Value}' is given more than once in this mapping.");
                    continue;
                }
                entries.Add(new YamlEntry(key, value));
            }
            if (mappingStart.Style == MappingStyle.Flow) openFlows.Pop();
            return new YamlMapping(start, entries);
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            diagnostics.Report(DiagnosticCodes.YamlSyntax, start, $"Aliases (*{alias.Value}) are not supported: write the value out.");
            return new YamlScalar(start, "", ScalarStyle.Plain, start);
        }

        throw new YamlException(parser.Current.Start, parser.Current.End, $"Unexpected {parser.Current.GetType().Name}.");
    }

    private static YamlScalar ToScalar(Scalar scalar, string file, string[] lines)
    {
        var span = At(file, scalar.Start);
        var (style, content) = scalar.Style switch
        {
            YamlDotNet.Core.ScalarStyle.SingleQuoted => (ScalarStyle.SingleQuoted, span.Shift(1)),
            YamlDotNet.Core.ScalarStyle.DoubleQuoted => (ScalarStyle.DoubleQuoted, span.Shift(1)),
            YamlDotNet.Core.ScalarStyle.Literal => (ScalarStyle.Literal, BlockContentStart(span, lines)),
            YamlDotNet.Core.ScalarStyle.Folded => (ScalarStyle.Folded, BlockContentStart(span, lines)),
            _ => (ScalarStyle.Plain, span),
        };
        // Quoted scalars are left out: their escapes make the text differ from the file by more than whitespace.
        var folded = style is ScalarStyle.Plain or ScalarStyle.Literal or ScalarStyle.Folded && scalar.End.Line > scalar.Start.Line;
        return new YamlScalar(span, scalar.Value, style, content) { SourceLines = folded ? lines : null };
    }

    /// <summary>YamlDotNet's own words for a tab in the indentation are cryptic and point at the line before.</summary>
    private static Mark? TabAt(string[] lines, Mark mark)
    {
        var (line, column) = ((int)mark.Line, (int)mark.Column);
        if (line < 1 || line > lines.Length) return null;
        var text = lines[line - 1];
        return column >= 1 && column <= text.Length && text[column - 1] == '\t' ? mark : null;
    }

    /// <summary>A block scalar's text starts on the first non-blank line after the indicator.</summary>
    private static SourceSpan BlockContentStart(SourceSpan indicator, string[] lines)
    {
        for (var line = indicator.Line; line < lines.Length; line++)
        {
            var text = lines[line].TrimEnd('\r');
            var indent = text.Length - text.TrimStart(' ').Length;
            if (indent < text.Length) return indicator with { Line = line + 1, Column = indent + 1 };
        }
        return indicator;
    }

    private static SourceSpan At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: ...) - (...): "; the span already says that.</summary>
    private static string Clean(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}
