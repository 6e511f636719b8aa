using System.Collections.Frozen;

namespace FormEngine.Definitions;

/// <summary>A text an author wrote in one or more languages: <c>{sv: ..., en: ...}</c>. Swedish is the default.</summary>
public sealed class LocalizedText
{
    public const string DefaultLanguage = "sv";
    public static readonly IReadOnlyList<string> SupportedLanguages = ["sv", "en"];

    private readonly FrozenDictionary<string, string> _texts;

    public LocalizedText(IReadOnlyDictionary<string, string> texts) => _texts = texts.ToFrozenDictionary();

    public static LocalizedText Swedish(string text) => new(new Dictionary<string, string> { ["sv"] = text });

    /// <summary>Where the author wrote it, for the missing-translation lint.</summary>
    public FormEngine.Diagnostics.SourceSpan Span { get; init; }

    public IEnumerable<string> Languages => _texts.Keys;

    public bool Has(string language) => _texts.ContainsKey(language);

    /// <summary>The text in <paramref name="language"/>, falling back to Swedish, then to any language given.</summary>
    public string In(string language) =>
        _texts.TryGetValue(language, out var text) ? text
        : _texts.TryGetValue(DefaultLanguage, out var swedish) ? swedish
        : _texts.Values.FirstOrDefault() ?? "";

    public override string ToString() => In(DefaultLanguage);
}
