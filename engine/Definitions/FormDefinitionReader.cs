using System.Text.RegularExpressions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>Reads a form's YAML into a <see cref="FormDefinition"/>, reporting every mistake it meets.</summary>
public sealed partial class FormDefinitionReader(IReadOnlyCollection<string> fieldSettings)
{
    private static readonly string[] FormProperties =
        ["key", "version", "title", "description", "category", "flow", "workflow", "terms", "reply_time_days",
         "sensitivity", "languages", "lists", "external_lists", "message", "eligibility", "pages"];
    private static readonly string[] PageProperties = ["key", "title", "intro", "visible_when", "fields"];

    internal static readonly Dictionary<string, FlowType> Flows = new()
    {
        ["resident-initiated"] = FlowType.ResidentInitiated,
        ["staff-initiated"] = FlowType.StaffInitiated,
    };

    internal static readonly Dictionary<string, Sensitivity> Sensitivities = new()
    {
        ["none"] = Sensitivity.None,
        ["personal"] = Sensitivity.Personal,
        ["health"] = Sensitivity.Health,
    };

    /// <returns>
    /// The definition, or null when the file holds no mapping at all. A definition with missing metadata is still
    /// returned (with placeholders) so that its pages are checked too; the bag then holds errors.
    /// </returns>
    public FormDefinition? Read(string file, string yaml, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(file, yaml, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors) diagnostics.Report(DiagnosticCodes.EmptyContainer, new SourceSpan(file, 1, 1), "The file is empty.");
            return null;
        }
        if (root is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, root.Span, "A form definition must be a mapping (key: value lines).");
            return null;
        }

        var form = new MappingReader(mapping, diagnostics, FormProperties, "the form");
        var key = form.Scalar("key", required: true);
        if (key is not null && !FormKeyPattern().IsMatch(key.Value))
            diagnostics.Report(DiagnosticCodes.InvalidKey, key.Span, $"Form key '{key.Value}' must be lowercase letters, digits and '-', starting with a letter.");
        var version = form.Int("version", required: true, min: 1);
        var title = TextReader.Read(form, "title", required: true);
        var category = form.String("category", required: true);
        var workflow = form.String("workflow", required: true);
        var languages = ReadLanguages(form);
        var lists = ReadLists(form);
        var external = ReadExternalLists(form);
        foreach (var list in external.Where(e => lists.Exists(l => l.Name == e.Name)))
            diagnostics.Report(DiagnosticCodes.DuplicateKey, list.Span, $"List name '{list.Name}' is used both under 'lists' and under 'external_lists'.");
        var flow = form.Enum("flow", Flows) ?? FlowType.ResidentInitiated;
        var message = TemplateMessageReader.Read(form);
        var pages = ReadPages(form, flow);
        TemplateRules.Check(form, flow, message, pages);

        return new FormDefinition
        {
            File = file,
            Span = mapping.Span,
            Key = key?.Value ?? "",
            Version = version ?? 0,
            VersionSpan = form.SpanOf("version"),
            Title = title ?? Placeholder(mapping.Span),
            Description = TextReader.Read(form, "description"),
            Category = category ?? "",
            Flow = flow,
            Message = message,
            Workflow = workflow ?? "",
            Terms = TextReader.Read(form, "terms"),
            Eligibility = EligibilityReader.Read(form),
            ReplyTimeDays = form.Int("reply_time_days", min: 1),
            Sensitivity = form.Enum("sensitivity", Sensitivities) ?? Sensitivity.Health,
            Languages = languages,
            Lists = lists,
            ExternalLists = external,
            Pages = pages,
        };
    }

    private static IReadOnlyList<string> ReadLanguages(MappingReader form)
    {
        var items = form.Sequence("languages");
        if (items is null) return [LocalizedText.DefaultLanguage];
        var languages = new List<string>();
        foreach (var item in items)
        {
            if (item is YamlScalar s && LocalizedText.SupportedLanguages.Contains(s.Value)) languages.Add(s.Value);
            else form.Diagnostics.Report(DiagnosticCodes.UnsupportedLanguage, item.Span,
                $"Language {(item is YamlScalar given ? $"'{given.Value}' " : "")}is not supported: use {string.Join(" or ", LocalizedText.SupportedLanguages)}.");
        }
        return languages;
    }

    private List<ChoiceListDefinition> ReadLists(MappingReader form)
    {
        var lists = new List<ChoiceListDefinition>();
        var mapping = form.Mapping("lists");
        if (mapping is null) return lists;
        foreach (var entry in mapping.Entries)
        {
            CheckName(entry.Key, form.Diagnostics, "List name");
            if (entry.Value is not YamlSequence sequence)
            {
                form.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, entry.Value.Span, $"List '{entry.Key.Value}' must be a list of choices.");
                continue;
            }
            lists.Add(new ChoiceListDefinition(entry.Key.Value, ChoiceReader.ReadAll(sequence.Items, form.Diagnostics), entry.Key.Span));
        }
        return lists;
    }

    private static List<ExternalListDefinition> ReadExternalLists(MappingReader form)
    {
        var lists = new List<ExternalListDefinition>();
        var mapping = form.Mapping("external_lists");
        if (mapping is null) return lists;
        foreach (var entry in mapping.Entries)
        {
            CheckName(entry.Key, form.Diagnostics, "List name");
            LocalizedText? description = null;
            if (entry.Value is YamlMapping m)
                description = TextReader.Read(new MappingReader(m, form.Diagnostics, ["description"], $"external list '{entry.Key.Value}'"), "description");
            else if (entry.Value is not YamlScalar { IsNull: true })
                form.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, entry.Value.Span, $"External list '{entry.Key.Value}' takes only a description.");
            lists.Add(new ExternalListDefinition(entry.Key.Value, description, entry.Key.Span));
        }
        return lists;
    }

    /// <summary>
    /// A staff-initiated form may have no pages (an information message cannot be answered);
    /// <see cref="TemplateRules"/> decides whether it must.
    /// </summary>
    private List<PageDefinition> ReadPages(MappingReader form, FlowType flow)
    {
        var pages = new List<PageDefinition>();
        var residentInitiated = flow == FlowType.ResidentInitiated;
        var items = form.Sequence("pages", required: residentInitiated);
        if (items is null) return pages;
        if (items.Count == 0 && residentInitiated) form.Diagnostics.Report(DiagnosticCodes.EmptyContainer, form.SpanOf("pages"), "A form needs at least one page.");
        var fields = new FieldReader(fieldSettings, form.Diagnostics);
        foreach (var item in items)
        {
            if (item is not YamlMapping mapping)
            {
                form.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, item.Span, "A page must be a mapping with key, title and fields.");
                continue;
            }
            var page = new MappingReader(mapping, form.Diagnostics, PageProperties, "a page");
            var key = page.Scalar("key", required: true);
            if (key is not null) CheckName(key, form.Diagnostics, "Page key");
            var title = TextReader.Read(page, "title", required: true);
            var pageFields = fields.ReadAll(page, "fields");
            // A page missing its key or title (reported) is still compiled, so that its fields are checked.
            pages.Add(new PageDefinition(key?.Value ?? "", title ?? Placeholder(mapping.Span), TextReader.Read(page, "intro"),
                ExpressionReader.Read(page, "visible_when"), pageFields, mapping.Span));
        }
        return pages;
    }

    /// <summary>Stands in for a missing required text, in every language so that the translation lint stays quiet about it.</summary>
    private static LocalizedText Placeholder(SourceSpan span) =>
        new(LocalizedText.SupportedLanguages.ToDictionary(language => language, _ => "")) { Span = span };

    internal static bool CheckName(YamlScalar name, DiagnosticBag diagnostics, string what)
    {
        if (NamePattern().IsMatch(name.Value)) return true;
        diagnostics.Report(DiagnosticCodes.InvalidKey, name.Span,
            $"{what} '{name.Value}' must be lowercase letters, digits and '_', starting with a letter.");
        return false;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex FormKeyPattern();
}
