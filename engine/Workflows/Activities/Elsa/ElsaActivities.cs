namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Elsa's built-in activities that FormEngine executes: the explicit list, one line each.</summary>
public static class ElsaActivities
{
    public static ActivityRegistry AddTo(ActivityRegistry registry) => registry
        .Register<Start>()
        .Register<End>()
        .Register<FlowNode>()
        .Register<Finish>()
        .Register<FlowDecision>()
        .Register<FlowSwitch>()
        .Register<FlowFork>()
        .Register<FlowJoin>()
        .Register<SetVariable>()
        .Register<SetOutput>()
        .Register<SetName>()
        .Register<Correlate>()
        .Register<WriteLine>()
        .Register<Delay>()
        .Register<Timer>()
        .Register<StartAt>()
        .Register<Event>()
        .Register<PublishEvent>()
        .Register<RunTask>()
        .Register<Fault>();
}
