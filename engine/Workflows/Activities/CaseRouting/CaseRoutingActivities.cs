namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// FormEngine's case activities (beyond Elsa: human tasks and case effects): the explicit list, one line each.
/// Their services (<see cref="Cases.ICaseQueues"/>, <see cref="Cases.ICaseStatuses"/>, <see cref="Cases.IResidentMessages"/>,
/// <see cref="Cases.INotificationOutbox"/>, <see cref="Cases.ICaseClosing"/>) come from the host's container.
/// </summary>
public static class CaseRoutingActivities
{
    public static ActivityRegistry AddTo(ActivityRegistry registry) => registry
        .Register<RouteToQueue>()
        .Register<AwaitStaffDecision>()
        .Register<SendToResident>()
        .Register<AwaitResidentReply>()
        .Register<SetCaseStatus>()
        .Register<NotifyResident>()
        .Register<CloseCase>()
        .Register<RecordProgramStep>()
        .Register<RegisterListing>();
}
