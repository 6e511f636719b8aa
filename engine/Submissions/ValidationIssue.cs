using FormEngine.Definitions;
using FormEngine.Forms;

namespace FormEngine.Submissions;

/// <summary>
/// One problem with an answer, tied to its path (<c>delivery.address</c>, <c>packages[0].count</c>; rows count
/// from 0). <see cref="Code"/> is stable (<c>required</c>, <c>type</c>, <c>format</c>, <c>max_length</c>...);
/// the message comes from the definition when it gives one, else from the Swedish/English catalogue.
/// </summary>
public sealed record ValidationIssue(string Path, string Code, CompiledField? Field, LocalizedText? CustomMessage = null, string? Argument = null)
{
    public string Message(string language = LocalizedText.DefaultLanguage) =>
        CustomMessage?.In(language) ?? MessageCatalog.Format(this, language);

    public override string ToString() => $"{Path}: {Message()}";
}
