using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Submissions;
using Scriban;
using Scriban.Runtime;

namespace FormEngine.Benchmarks;

/// <summary>
/// The straightforward way, for comparison: one whole-page Scriban template, parsed once and cached, rendered
/// per request with a C# model object that Scriban reads by reflection, escaping in the template. It produces the
/// same markup as FormRenderer for the benchmark page (labels, hints, errors, aria wiring, checked options).
/// </summary>
internal sealed class RenderBaseline
{
    private static readonly Template PageTemplate = Template.Parse("""
        <form class="fe-form" method="post" action="{{ action | html.escape }}" novalidate lang="sv">
        <input type="hidden" name="_page" value="{{ page }}">
        <h1 class="fe-title">{{ title | html.escape }}</h1>
        <p class="fe-progress">Steg {{ step }} av {{ steps }}</p>
        <h2 class="fe-page-title">{{ page_title | html.escape }}</h2>
        <p class="fe-body fe-intro">{{ intro | html.escape }}</p>
        {{~ for f in fields ~}}
        <div class="fe-field{{ if f.error }} fe-field--error{{ end }}" id="{{ f.id }}-field">
        {{~ if f.kind == "radios" || f.kind == "checkboxes" ~}}
        <fieldset class="fe-fieldset"{{ if f.described_by }} aria-describedby="{{ f.described_by }}"{{ end }}>
        <legend class="fe-legend">{{ f.label | html.escape }}{{ f.optional }}</legend>
        {{~ if f.hint }}<div class="fe-hint" id="{{ f.id }}-hint">{{ f.hint | html.escape }}</div>{{ end ~}}
        {{~ if f.error }}<p class="fe-error-message" id="{{ f.id }}-error"><span class="fe-visually-hidden">Fel: </span>{{ f.error | html.escape }}</p>{{ end }}
        <div class="fe-{{ f.kind }}{{ if f.inline }} fe-radios--inline{{ end }}">
        {{~ for o in f.options ~}}
        <div class="fe-{{ f.input_type }}"><input class="fe-{{ f.input_type }}__input" id="{{ f.id }}{{ if for.index > 0 }}-{{ for.index }}{{ end }}" name="{{ f.name | html.escape }}" type="{{ f.input_type }}" value="{{ o.code | html.escape }}"{{ if o.checked }} checked{{ end }}{{ if o.hint }} aria-describedby="{{ f.id }}-{{ for.index }}-hint"{{ end }}><label class="fe-label fe-{{ f.input_type }}__label" for="{{ f.id }}{{ if for.index > 0 }}-{{ for.index }}{{ end }}">{{ o.label | html.escape }}</label>{{ if o.hint }}<div class="fe-hint fe-option-hint" id="{{ f.id }}-{{ for.index }}-hint">{{ o.hint | html.escape }}</div>{{ end }}</div>
        {{~ end ~}}
        </div>
        </fieldset>
        {{~ else ~}}
        <label class="fe-label" for="{{ f.id }}">{{ f.label | html.escape }}{{ f.optional }}</label>
        {{~ if f.hint }}<div class="fe-hint" id="{{ f.id }}-hint">{{ f.hint | html.escape }}</div>{{ end ~}}
        {{~ if f.error }}<p class="fe-error-message" id="{{ f.id }}-error"><span class="fe-visually-hidden">Fel: </span>{{ f.error | html.escape }}</p>{{ end }}
        {{~ if f.kind == "textarea" ~}}
        <textarea class="fe-textarea" id="{{ f.id }}" name="{{ f.name | html.escape }}" rows="{{ f.rows }}"{{ if f.described_by }} aria-describedby="{{ f.described_by }}"{{ end }}{{ if f.error }} aria-invalid="true"{{ end }}>{{ f.value | html.escape }}</textarea>
        {{~ else ~}}
        <input class="fe-input {{ f.width }}" id="{{ f.id }}" name="{{ f.name | html.escape }}" type="{{ f.input_type }}"{{ if f.input_mode }} inputmode="{{ f.input_mode }}"{{ end }} value="{{ f.value | html.escape }}"{{ if f.autocomplete }} autocomplete="{{ f.autocomplete }}"{{ end }}{{ if f.described_by }} aria-describedby="{{ f.described_by }}"{{ end }}{{ if f.error }} aria-invalid="true"{{ end }}>
        {{~ end ~}}
        {{~ end ~}}
        </div>
        {{~ end ~}}
        <div class="fe-actions"><button class="fe-button" type="submit">Fortsätt</button></div>
        </form>
        """);

    // For the tuned variant: Scriban's built-in functions, built once instead of once per TemplateContext.
    private static readonly Scriban.Functions.BuiltinFunctions SharedBuiltins = new();

    public string Render(CompiledForm form, SubmissionResult answers, FormContext context) => PageTemplate.Render(Model(form, answers));

    /// <summary>
    /// Scriban at its best, for reference (not the baseline): the model converted to ScriptObjects by hand (no
    /// reflection) and the built-in functions shared between contexts.
    /// </summary>
    public string RenderTuned(CompiledForm form, SubmissionResult answers, FormContext context)
    {
        var model = Model(form, answers);
        var globals = new ScriptObject
        {
            ["action"] = model.Action, ["page"] = model.Page, ["title"] = model.Title, ["step"] = model.Step, ["steps"] = model.Steps,
            ["page_title"] = model.PageTitle, ["intro"] = model.Intro,
        };
        var fields = new ScriptArray();
        foreach (var f in model.Fields)
        {
            var options = new ScriptArray();
            foreach (var o in f.Options)
                options.Add(new ScriptObject { ["code"] = o.Code, ["label"] = o.Label, ["hint"] = o.Hint, ["checked"] = o.Checked });
            fields.Add(new ScriptObject
            {
                ["kind"] = f.Kind, ["input_type"] = f.InputType, ["input_mode"] = f.InputMode, ["width"] = f.Width, ["inline"] = f.Inline,
                ["id"] = f.Id, ["name"] = f.Name, ["label"] = f.Label, ["optional"] = f.Optional, ["hint"] = f.Hint, ["error"] = f.Error,
                ["described_by"] = f.DescribedBy, ["autocomplete"] = f.Autocomplete, ["rows"] = f.Rows, ["value"] = f.Value, ["options"] = options,
            });
        }
        globals["fields"] = fields;
        var templateContext = new TemplateContext(SharedBuiltins);
        templateContext.PushGlobal(globals);
        return PageTemplate.Render(templateContext);
    }

    private static PageModel Model(CompiledForm form, SubmissionResult answers)
    {
        var page = form.Pages[0];
        return new PageModel
        {
            Action = "/send",
            Page = 0,
            Title = form.Title.In("sv"),
            Step = 1,
            Steps = form.Pages.Count,
            PageTitle = page.Title.In("sv"),
            Intro = page.Definition.Intro?.In("sv") ?? "",
            Fields = [.. page.Fields.Where(f => f.VisibleWhen is null || answers.IsRelevant(f)).Select(f => Field(f, answers))],
        };
    }

    private static FieldModel Field(CompiledField field, SubmissionResult answers)
    {
        answers.Data.TryGetPropertyValue(field.Key, out var value);
        var error = answers.Issues.FirstOrDefault(i => i.Path == field.Path)?.Message("sv");
        var hint = field.Definition.Hint?.In("sv");
        var id = "fe-" + field.Path.Replace('.', '-');
        var describedBy = string.Join(' ', new[] { hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.OfType<string>());
        var (kind, inputType) = field.Type switch
        {
            SingleChoiceFieldType or YesNoFieldType => ("radios", "radio"),
            MultipleChoiceFieldType => ("checkboxes", "checkbox"),
            TextareaFieldType => ("textarea", ""),
            EmailFieldType => ("input", "email"),
            PhoneFieldType => ("input", "tel"),
            DateFieldType => ("input", "date"),
            _ => ("input", "text"),
        };
        var options = field.Type is YesNoFieldType
            ? new List<OptionModel> { new("true", "Ja", null, IsChosen(value, "true")), new("false", "Nej", null, IsChosen(value, "false")) }
            : (field.Choices ?? []).Select(c => new OptionModel(c.Code, c.Label.In("sv"), c.Hint?.In("sv"), IsChosen(value, c.Code))).ToList();
        return new FieldModel
        {
            Kind = kind,
            InputType = inputType,
            InputMode = field.Type is IntegerFieldType ? "numeric" : null,
            Width = field.Type is IntegerFieldType or DateFieldType ? "fe-input--10" : field.Type is PhoneFieldType ? "fe-input--20" : "fe-input--full",
            Inline = field.Type is YesNoFieldType,
            Id = id,
            Name = field.Path,
            Label = field.Label?.In("sv") ?? field.Key,
            Optional = field.IsRequiredSomehow ? "" : " (frivilligt)",
            Hint = hint,
            Error = error,
            DescribedBy = describedBy.Length == 0 ? null : describedBy,
            Autocomplete = field.Definition.Autocomplete ?? field.Type.Autocomplete,
            Rows = field.Definition.Settings.TryGetValue("rows", out var rows) ? rows.Value : "5",
            Value = value switch
            {
                JsonValue v when JsonNumbers.TryGetDecimal(v, out var d) => d.ToString(CultureInfo.InvariantCulture),
                JsonValue v when JsonNumbers.TryGetString(v, out var s) => s,
                _ => "",
            },
            Options = options,
        };
    }

    private static bool IsChosen(JsonNode? value, string code) => value switch
    {
        JsonArray a => a.Any(i => JsonNumbers.TryGetString(i, out var s) && s == code),
        JsonValue v when JsonNumbers.TryGetString(v, out var s) => s == code,
        JsonValue v when v.TryGetValue<bool>(out var b) => (b ? "true" : "false") == code,
        _ => false,
    };

    public sealed class PageModel
    {
        public required string Action { get; init; }
        public required int Page { get; init; }
        public required string Title { get; init; }
        public required int Step { get; init; }
        public required int Steps { get; init; }
        public required string PageTitle { get; init; }
        public required string Intro { get; init; }
        public required List<FieldModel> Fields { get; init; }
    }

    public sealed class FieldModel
    {
        public required string Kind { get; init; }
        public required string InputType { get; init; }
        public string? InputMode { get; init; }
        public required string Width { get; init; }
        public bool Inline { get; init; }
        public required string Id { get; init; }
        public required string Name { get; init; }
        public required string Label { get; init; }
        public required string Optional { get; init; }
        public string? Hint { get; init; }
        public string? Error { get; init; }
        public string? DescribedBy { get; init; }
        public string? Autocomplete { get; init; }
        public required string Rows { get; init; }
        public required string Value { get; init; }
        public required List<OptionModel> Options { get; init; }
    }

    public sealed record OptionModel(string Code, string Label, string? Hint, bool Checked);
}
