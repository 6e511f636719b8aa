namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// Something that happened to a case: its history for staff, and a row for the region's statistics
/// (category, variant, clinic, region, flow type, time).
/// </summary>
public sealed class CaseEventRecord
{
    public long Id { get; set; }
    public required string CaseId { get; set; }
    /// <summary>Submitted, Routed, Distributed, Status, Message, Reply, Forwarded, Closed...</summary>
    public required string Kind { get; set; }
    public string? Detail { get; set; }
    /// <summary>HSA-id, personnummer or "workflow".</summary>
    public required string By { get; set; }
    public required DateTimeOffset At { get; set; }
    public required string Category { get; set; }
    /// <summary>The form key: the variant of the category.</summary>
    public required string Variant { get; set; }
    public required string ClinicKey { get; set; }
    public required string RegionKey { get; set; }
    public required string FlowType { get; set; }
}
