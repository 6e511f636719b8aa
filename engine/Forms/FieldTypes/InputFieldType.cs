namespace FormEngine.Forms.FieldTypes;

/// <summary>The shared template of one-line inputs; subclasses choose the input type, keyboard and width.</summary>
public abstract class InputFieldType : FieldType
{
    protected virtual string InputType => "text";

    /// <summary>The on-screen keyboard phones show (<c>numeric</c>, <c>decimal</c>, <c>tel</c>, <c>email</c>).</summary>
    protected virtual string? InputMode => null;

    /// <summary>A CSS width class, so that a date box does not look like it wants a paragraph.</summary>
    protected virtual string Width => "fe-input--full";

    public override string Template => $$$"""
        <div class="fe-field{{ slot.error_class }}" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        <label class="fe-label" for="{{ slot.id }}">{{ field.label }}{{ field.optional }}</label>
        {{ field.hint_html }}{{ slot.error }}
        <input class="fe-input {{{Width}}}" id="{{ slot.id }}" name="{{ slot.name }}" type="{{{InputType}}}"{{{(InputMode is null ? "" : $" inputmode=\"{InputMode}\"")}}} value="{{ slot.value }}"{{ field.autocomplete_attr }}{{ slot.readonly }}{{ slot.described_by }}{{ slot.invalid }}>
        </div>
        """;
}
