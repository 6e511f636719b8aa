namespace FormEngine.Forms.FieldTypes;

internal static class ChoiceLabels
{
    /// <summary>The label of a code from the field's own choices; a code from an external list shows as itself.</summary>
    public static string Of(CompiledField field, string code, string language) =>
        field.Choices?.FirstOrDefault(c => c.Code == code)?.Label.In(language) ?? code;
}
