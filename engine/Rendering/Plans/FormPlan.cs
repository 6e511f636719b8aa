using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FormEngine.Definitions;
using FormEngine.Expressions;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Rendering.Plans;

/// <summary>One page's fixed parts: its field plans, escaped texts and what the browser script needs.</summary>
internal sealed record PagePlan(
    CompiledPage Page,
    IReadOnlyList<FieldPlan> Fields,
    string TitleHtml,
    string IntroHtml,
    bool HasFiles,
    bool HasRepeats,
    bool HasClientLogic,
    IReadOnlyList<Symbol> ClientValues);

/// <summary>
/// A compiled form prepared for rendering in one language. Built on first use and kept as long as the form is
/// (a ConditionalWeakTable), so a published version is prepared once however many requests it serves.
/// </summary>
internal sealed class FormPlan
{
    private static readonly ConditionalWeakTable<CompiledForm, ConcurrentDictionary<string, FormPlan>> Cache = new();

    private FormPlan(CompiledForm form, string language)
    {
        Form = form;
        Language = language;
        Ui = UiText.For(language);
        var client = new ClientLogic(form);
        var builder = new FieldPlanBuilder(language, Ui, client);
        Pages = [.. form.Pages.Select(page => BuildPage(page, builder, client))];
        foreach (var plan in Pages.SelectMany(p => p.Fields).SelectMany(Flatten)) ByField[plan.Field] = plan;
        TitleHtml = Html.Encode(form.Title.In(language));
        TermsHtml = form.Definition.Terms is { } terms ? Html.Paragraphs(terms.In(language), "fe-body") : null;
    }

    public CompiledForm Form { get; }
    public string Language { get; }
    public UiText Ui { get; }
    public IReadOnlyList<PagePlan> Pages { get; }
    public Dictionary<CompiledField, FieldPlan> ByField { get; } = [];
    public string TitleHtml { get; }
    public string? TermsHtml { get; }

    public static FormPlan For(CompiledForm form, string language) =>
        Cache.GetValue(form, static _ => new ConcurrentDictionary<string, FormPlan>(StringComparer.Ordinal))
            .GetOrAdd(language, static (lang, f) => new FormPlan(f, lang), form);

    /// <summary>The languages the renderer speaks; anything else is shown in Swedish.</summary>
    public static string Normalize(string? language) =>
        language is not null && LocalizedText.SupportedLanguages.Contains(language) ? language : LocalizedText.DefaultLanguage;

    private PagePlan BuildPage(CompiledPage page, FieldPlanBuilder builder, ClientLogic client)
    {
        var fields = page.Fields.Select(builder.Build).ToList();
        var all = page.Fields.SelectMany(f => f.SelfAndDescendants()).ToList();
        var intro = page.Definition.Intro?.In(Language);
        return new PagePlan(
            page,
            fields,
            Html.Encode(page.Title.In(Language)),
            string.IsNullOrEmpty(intro) ? "" : Html.Paragraphs(intro, "fe-body fe-intro") + "\n",
            HasFiles: all.Any(f => f.Type is FileFieldType),
            HasRepeats: all.Any(f => f.Type is RepeatFieldType),
            HasClientLogic: client.ExpressionsOn(page).Any(),
            ClientValues: client.ValuesFor(page));
    }

    private static IEnumerable<FieldPlan> Flatten(FieldPlan plan) => plan.Children.SelectMany(Flatten).Prepend(plan);
}
