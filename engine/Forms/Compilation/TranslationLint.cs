using FormEngine.Definitions;
using FormEngine.Diagnostics;

namespace FormEngine.Forms.Compilation;

/// <summary>Warns about every text slot that lacks one of the languages the form promises in <c>languages:</c>.</summary>
internal static class TranslationLint
{
    public static void Check(FormDefinition form, DiagnosticBag diagnostics)
    {
        foreach (var (text, slot) in Texts(form))
            foreach (var language in form.Languages)
                if (!text.Has(language))
                    diagnostics.Report(DiagnosticCodes.MissingTranslation, text.Span, $"The {slot} has no '{language}' text.");
    }

    private static IEnumerable<(LocalizedText, string)> Texts(FormDefinition form)
    {
        IEnumerable<(LocalizedText?, string)> Top()
        {
            yield return (form.Title, "form title");
            yield return (form.Description, "form description");
            yield return (form.Terms, "terms text");
            yield return (form.Eligibility?.Message, "eligibility message");
            yield return (form.Message?.Subject, "message subject");
            yield return (form.Message?.Text, "message text");
            foreach (var list in form.ExternalLists)
                yield return (list.Description, $"description of external list '{list.Name}'");
            foreach (var list in form.Lists)
                foreach (var choice in list.Choices)
                {
                    yield return (choice.Label, $"label of choice '{choice.Code}'");
                    yield return (choice.Hint, $"hint of choice '{choice.Code}'");
                }
            foreach (var page in form.Pages)
            {
                yield return (page.Title, $"title of page '{page.Key}'");
                yield return (page.Intro, $"intro of page '{page.Key}'");
                foreach (var field in page.Fields.SelectMany(Flatten))
                    foreach (var text in Of(field))
                        yield return text;
            }
        }
        return Top().Where(t => t.Item1 is not null).Select(t => (t.Item1!, t.Item2));
    }

    private static IEnumerable<(LocalizedText?, string)> Of(FieldDefinition field)
    {
        yield return (field.Label, $"label of '{field.Key}'");
        yield return (field.Hint, $"hint of '{field.Key}'");
        yield return (field.Text, $"text of '{field.Key}'");
        yield return (field.ItemLabel, $"item_label of '{field.Key}'");
        foreach (var choice in field.Choices ?? [])
        {
            yield return (choice.Label, $"label of choice '{choice.Code}' of '{field.Key}'");
            yield return (choice.Hint, $"hint of choice '{choice.Code}' of '{field.Key}'");
        }
        foreach (var validator in field.Validators)
            yield return (validator.Message, $"message of the {validator.Kind} validator of '{field.Key}'");
    }

    private static IEnumerable<FieldDefinition> Flatten(FieldDefinition field) =>
        (field.Fields ?? []).SelectMany(Flatten).Prepend(field);
}
