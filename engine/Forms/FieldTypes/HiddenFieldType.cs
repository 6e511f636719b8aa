namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// <c>type: hidden</c>: a server-owned value from <c>compute:</c> or <c>prefill:</c> (e.g. the clinic's key) that
/// the form does not show. Never trusted from the client.
/// </summary>
public sealed class HiddenFieldType : ComputedFieldType
{
    public override string Name => "hidden";

    public override string Template => "";
}
