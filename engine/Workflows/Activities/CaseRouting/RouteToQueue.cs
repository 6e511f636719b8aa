using FormEngine.Workflows.Cases;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// Puts the case in a queue of its clinic, where ärendemottagare distribute it. Forwarding gives another
/// clinic and/or queue. A queue the clinic does not have is an outcome, so the workflow can fall back.
/// </summary>
[Activity(TypeName, Version = 1, Category = CaseActivities.Category,
    Description = "Routes the case to a queue of its clinic (the default queue when none is given), or of the clinic it is forwarded to.")]
[Outcomes(Routed, NoSuchQueue)]
public sealed class RouteToQueue(ICaseQueues queues) : IActivity
{
    public const string TypeName = "FormEngine.RouteToQueue";
    public const string Routed = "Routed";
    public const string NoSuchQueue = "NoSuchQueue";

    [Input(Description = "Queue key at the clinic; empty routes to the clinic's default queue.")]
    public string? Queue { get; set; }

    [Input(Description = "Clinic key to forward the case to; empty keeps the case's current clinic.")]
    public string? Clinic { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (CaseActivities.CaseIdOf(context) is not { } caseId) return CaseActivities.NoCaseFault(TypeName);
        var routing = await queues.RouteAsync(caseId, Blank(Clinic), Blank(Queue), context.CancellationToken);
        return ActivityResult.Outcome(routing == QueueRouting.Routed ? Routed : NoSuchQueue);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
