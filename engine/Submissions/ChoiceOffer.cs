using FormEngine.Expressions;
using FormEngine.Forms;

namespace FormEngine.Submissions;

/// <summary>The choices a resident is offered right now: the field's choices that pass their filters, or the external list.</summary>
public static class ChoiceOffer
{
    public static IReadOnlyList<CompiledChoice> For(CompiledField field, IValueSource values, FormContext context)
    {
        if (field.ExternalList is not null)
            return [.. context.List(field.ExternalList).Select(c => new CompiledChoice(c.Code, c.Label))];
        return [.. (field.Choices ?? []).Where(c => c.VisibleWhen is null || c.VisibleWhen.EvaluateCondition(values))];
    }

    internal static HashSet<string> Codes(CompiledField field, IValueSource values, FormContext context) =>
        For(field, values, context).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
}
