using System.Text.Json.Nodes;
using FormEngine.Definitions;
using FormEngine.Diagnostics;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Forms.Compilation;

/// <summary>
/// Builds pages and the field tree: resolves types, paths and choice lists, and checks that each property
/// suits its field's type. An unknown type becomes a placeholder so that the rest is still checked.
/// </summary>
internal sealed class FieldTreeBuilder(FormDefinition form, FieldTypeRegistry types, DiagnosticBag diagnostics)
{
    public const string TermsAcceptedKey = Submissions.SchemaNames.TermsAccepted;

    private readonly List<CompiledField> _all = [];

    public IReadOnlyList<CompiledField> All => _all;

    public (List<CompiledPage> Pages, List<CompiledField> TopLevel) Build()
    {
        var pages = new List<CompiledPage>();
        var topLevel = new List<CompiledField>();
        var pageKeys = new HashSet<string>();
        var keys = new HashSet<string>();
        if (form.Terms is not null) keys.Add(TermsAcceptedKey);
        foreach (var definition in form.Pages)
        {
            if (definition.Key.Length > 0 && !pageKeys.Add(definition.Key))
                diagnostics.Report(DiagnosticCodes.DuplicateKey, definition.Span, $"Page key '{definition.Key}' is used twice.");
            var page = new CompiledPage { Definition = definition, Index = pages.Count };
            pages.Add(page);
            foreach (var field in definition.Fields)
                if (Build(field, page, null, keys) is { } compiled)
                {
                    page.Fields.Add(compiled);
                    topLevel.Add(compiled);
                }
        }
        return (pages, topLevel);
    }

    private CompiledField? Build(FieldDefinition definition, CompiledPage page, CompiledField? parent, HashSet<string> siblingKeys)
    {
        if (!siblingKeys.Add(definition.Key))
            diagnostics.Report(DiagnosticCodes.DuplicateKey, definition.KeySpan,
                definition.Key == TermsAcceptedKey && parent is null && form.Terms is not null
                    ? $"Field key '{definition.Key}' is reserved for accepting the terms; choose another key."
                    : $"Field key '{definition.Key}' is used twice. Keys must be unique among the fields of one page set, group or repeat.");
        var type = types.Find(definition.Type);
        if (type is null)
        {
            // An empty type is a missing one, which the reader reported.
            if (definition.Type.Length > 0)
                diagnostics.Report(DiagnosticCodes.UnknownFieldType, definition.TypeSpan,
                    $"Unknown field type '{definition.Type}'.{DidYouMean.Suggest(definition.Type, types.Names)}");
            type = new UnknownFieldType(definition.Type);
        }
        var prefix = parent is null ? "" : parent.Type.Shape == ValueShape.Repeat ? parent.Path + "[]." : parent.Path + ".";
        var field = new CompiledField
        {
            Definition = definition,
            Type = type,
            Page = page,
            Parent = parent,
            Path = prefix + definition.Key,
            Sensitivity = definition.Sensitivity ?? form.Sensitivity,
        };
        _all.Add(field);
        if (type is not UnknownFieldType) CheckProperties(field);
        ResolveChoices(field);
        CheckDefault(field);

        var childKeys = new HashSet<string>();
        foreach (var child in definition.Fields ?? [])
            if (Build(child, page, field, childKeys) is { } compiledChild)
                field.Children.Add(compiledChild);
        return field;
    }

    private void CheckProperties(CompiledField field)
    {
        var d = field.Definition;
        var type = field.Type;
        var container = type.Shape is ValueShape.Group or ValueShape.Repeat;
        void NotFor(string property, bool present)
        {
            if (present) diagnostics.Report(DiagnosticCodes.PropertyNotForType, SpanOf(d, property), $"'{property}' does not apply to {A(type.Name)} field ('{d.Key}').");
        }

        if (type is NoteFieldType)
        {
            if (d.Text is null) diagnostics.Report(DiagnosticCodes.MissingProperty, d.Span, $"Note '{d.Key}' needs 'text'.");
        }
        else if (type is not HiddenFieldType && d.Label is null)
            diagnostics.Report(DiagnosticCodes.MissingProperty, d.Span, $"Field '{d.Key}' needs a 'label'.");
        NotFor("text", d.Text is not null && type is not NoteFieldType);
        NotFor("choices", d.Choices is not null && !type.HasChoices);
        NotFor("choices_from", d.ChoicesFrom is not null && !type.HasChoices);
        if (type.HasChoices && d.Choices is null && d.ChoicesFrom is null)
            diagnostics.Report(DiagnosticCodes.MissingProperty, d.Span, $"Choice field '{d.Key}' needs 'choices' or 'choices_from'.");
        if (d.Choices is not null && d.ChoicesFrom is not null)
            diagnostics.Report(DiagnosticCodes.InvalidValue, d.ChoicesFromSpan, $"Give either 'choices' or 'choices_from' for '{d.Key}', not both.");
        NotFor("fields", d.Fields is not null && !container);
        if (container && d.Fields is null)
            diagnostics.Report(DiagnosticCodes.MissingProperty, d.Span, $"{type.Name} '{d.Key}' needs 'fields'.");
        NotFor("min_count", d.MinCount is not null && type.Shape != ValueShape.Repeat);
        NotFor("max_count", d.MaxCount is not null && type.Shape != ValueShape.Repeat);
        NotFor("item_label", d.ItemLabel is not null && type.Shape != ValueShape.Repeat);
        if (d.MinCount is { } min && d.MaxCount is { } max && min > max)
            diagnostics.Report(DiagnosticCodes.InvalidRange, d.MinCountSpan, $"min_count {min} is larger than max_count {max}.");
        NotFor("compute", d.Compute is not null && type is not ComputedFieldType);
        if (type is ComputedFieldType && type is not HiddenFieldType && d.Compute is null)
            diagnostics.Report(DiagnosticCodes.MissingProperty, d.Span, $"Computed field '{d.Key}' needs 'compute'.");
        if (type is HiddenFieldType && d.Compute is null && d.Prefill is null)
            diagnostics.Report(DiagnosticCodes.MissingProperty, d.Span, $"Hidden field '{d.Key}' needs 'compute' or 'prefill'.");
        NotFor("prefill", d.Prefill is not null && (container || type.Shape != ValueShape.Scalar || type is ComputedFieldType and not HiddenFieldType));
        var answerless = type.IsServerOwned || container;
        NotFor("required", (d.Required.Constant || d.Required.Condition is not null) && (answerless && type.Shape != ValueShape.Repeat));
        NotFor("readonly", (d.ReadOnly.Constant || d.ReadOnly.Condition is not null) && answerless);
        NotFor("default", d.Default is not null && (answerless || type.Shape != ValueShape.Scalar));
        NotFor("autocomplete", d.Autocomplete is not null && (answerless || type.Shape != ValueShape.Scalar));
        foreach (var setting in d.Settings)
            if (!type.Settings.Contains(setting.Key))
                diagnostics.Report(DiagnosticCodes.PropertyNotForType, setting.Value.Span, $"'{setting.Key}' does not apply to {A(type.Name)} field ('{d.Key}').");
        foreach (var validator in d.Validators)
        {
            if (validator.Kind is not ("rule" or "compare") && !type.Validators.Contains(validator.Kind))
                diagnostics.Report(DiagnosticCodes.ValidatorNotForType, validator.Span,
                    $"Validator '{validator.Kind}' does not apply to {A(type.Name)} field ('{d.Key}').{(type.Validators.Count > 0 ? $" Use {string.Join(", ", type.Validators)}, compare or rule." : " Use compare or rule.")}");
            if (validator.Kind == "rule" && validator.Message is null)
                diagnostics.Report(DiagnosticCodes.MissingProperty, validator.Span, "A 'rule' validator needs a 'message' telling the resident what to fix.");
        }
        type.Check(field, diagnostics);
    }

    private void ResolveChoices(CompiledField field)
    {
        var d = field.Definition;
        if (d.Choices is not null)
        {
            field.Choices = [.. d.Choices.Select(c => new CompiledChoice(c.Code, c.Label, c.Hint))];
            if (d.Choices.Count == 0) diagnostics.Report(DiagnosticCodes.EmptyContainer, SpanOf(d, "choices"), $"'{d.Key}' has an empty choice list.");
            return;
        }
        if (d.ChoicesFrom is null) return;
        if (form.Lists.FirstOrDefault(l => l.Name == d.ChoicesFrom) is { } list)
            field.Choices = [.. list.Choices.Select(c => new CompiledChoice(c.Code, c.Label, c.Hint))];
        else if (form.ExternalLists.Any(l => l.Name == d.ChoicesFrom))
            field.ExternalList = d.ChoicesFrom;
        else
            diagnostics.Report(DiagnosticCodes.UnknownChoiceList, d.ChoicesFromSpan,
                $"No list named '{d.ChoicesFrom}' under 'lists' or 'external_lists'.{DidYouMean.Suggest(d.ChoicesFrom, form.Lists.Select(l => l.Name).Concat(form.ExternalLists.Select(l => l.Name)))}");
    }

    /// <summary>
    /// The server sets a read-only field to its default, so a default the field cannot hold would fail every
    /// submission on a field the resident cannot change.
    /// </summary>
    private void CheckDefault(CompiledField field)
    {
        var (d, type) = (field.Definition, field.Type);
        if (d.Default is not { } given || type is UnknownFieldType || type.IsServerOwned || type.Shape != ValueShape.Scalar) return;
        // Only a short personnummer reads the date (for its century); any ordinary date tells whether the value can be read.
        var value = type.ToExpressionValue(type.Normalize(JsonValue.Create(given.Value), new DateOnly(2000, 1, 1)));
        if (value is null)
            diagnostics.Report(DiagnosticCodes.InvalidValue, given.Span, $"Default '{given.Value}' is not a valid answer to {A(type.Name)} field ('{d.Key}').");
        else if (field.ExternalList is null && field.Choices is { } choices && !choices.Any(c => c.Code == given.Value))
            diagnostics.Report(DiagnosticCodes.UnknownChoiceCode, given.Span,
                $"Default '{given.Value}' is not a choice of '{d.Key}'.{DidYouMean.Suggest(given.Value, choices.Select(c => c.Code))}");
    }

    private static SourceSpan SpanOf(FieldDefinition field, string property) => field.PropertySpans.GetValueOrDefault(property, field.Span);

    /// <summary>"a text field", "an integer field".</summary>
    private static string A(string word) => ("aeiou".Contains(word[0]) ? "an " : "a ") + word;

    /// <summary>The choice definitions behind a field (inline or shared), for compiling their filters.</summary>
    public IReadOnlyList<ChoiceDefinition>? ChoiceDefinitions(CompiledField field) =>
        field.Definition.Choices ?? form.Lists.FirstOrDefault(l => l.Name == field.Definition.ChoicesFrom)?.Choices;
}
