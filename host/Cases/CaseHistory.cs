using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Cases;

/// <summary>
/// The kinds of <see cref="CaseEventRecord"/> the staff side and the workflow services write, and the one way to
/// build a row: every event carries the statistics dimensions (category, variant, clinic, region, flow type) of
/// the case as it is at that moment, so a forwarded case counts at the clinic that handled it.
/// </summary>
public static class CaseHistory
{
    /// <summary>A resident (or their ombud) sent the case.</summary>
    public const string Submitted = "Submitted";
    public const string Created = "Created";
    /// <summary>The resident answered a question.</summary>
    public const string Reply = "Reply";
    public const string Routed = "Routed";
    public const string Forwarded = "Forwarded";
    public const string Distributed = "Distributed";
    public const string Redistributed = "Redistributed";
    /// <summary>A handler took a group's case (detail <c>handler:HSA-id</c>).</summary>
    public const string Taken = "Taken";
    public const string Decision = "Decision";
    public const string Status = "Status";
    public const string Message = "Message";
    public const string PartialReply = "PartialReply";
    public const string Notified = "Notified";
    public const string Closed = "Closed";

    /// <summary>The <see cref="CaseEventRecord.By"/> of effects the workflow carries out.</summary>
    public const string Workflow = "workflow";

    /// <param name="detail">Keys, names of statuses or decisions, reasons: never answers or message texts.</param>
    public static CaseEventRecord Event(CaseRecord record, string kind, string? detail, string by, DateTimeOffset at) => new()
    {
        CaseId = record.Id,
        Kind = kind,
        Detail = detail,
        By = by,
        At = at,
        Category = record.Category,
        Variant = record.FormKey,
        ClinicKey = record.ClinicKey,
        RegionKey = record.RegionKey,
        FlowType = record.FlowType,
    };
}
