namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// One login, kept for the region's statistics: method and time, and for residents only age group, sex and
/// region (never who).
/// </summary>
public sealed class Login
{
    public long Id { get; set; }
    public required DateTimeOffset At { get; set; }
    /// <summary>"resident" or "staff".</summary>
    public required string Kind { get; set; }
    /// <summary>bankid, freja, telia (residents) or siths (staff).</summary>
    public required string Method { get; set; }
    public string? AgeGroup { get; set; }
    public string? Sex { get; set; }
    public string? RegionKey { get; set; }
}
