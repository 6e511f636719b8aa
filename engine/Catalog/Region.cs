using FormEngine.Diagnostics;

namespace FormEngine.Catalog;

/// <summary>A region (vårdgivare) and its clinics, read from one catalogue file.</summary>
/// <param name="ReplyTimeDaysDefault">The region's reply-time target in Swedish working days, for forms that set none.</param>
public sealed record Region(string Key, string Name, int ReplyTimeDaysDefault, IReadOnlyList<Clinic> Clinics)
{
    public required string File { get; init; }
    public SourceSpan Span { get; init; }
    /// <summary>The region's vårdval settings; null when the region takes no part in vårdval.</summary>
    public VardvalSettings? Vardval { get; init; }
}
