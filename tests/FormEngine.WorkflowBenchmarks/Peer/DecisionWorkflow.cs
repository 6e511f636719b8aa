using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace FormEngine.WorkflowBenchmarks.Peer;

public sealed class CaseData
{
    public string CaseId { get; set; } = "";
    public string? Status { get; set; }
    public object? Decision { get; set; }
}

/// <summary>
/// The benchmark's case workflow in WorkflowCore's terms, step for step the same as ours
/// (<c>Runtime/DecisionWorkflowJson.cs</c>): set a status, wait for "decision" keyed by the case id,
/// keep the decision, set a status, end.
/// </summary>
public sealed class DecisionWorkflow : IWorkflow<CaseData>
{
    public const string EventName = "decision";

    public string Id => "decision-case";

    public int Version => 1;

    public void Build(IWorkflowBuilder<CaseData> builder) => builder
        .StartWith(context => SetStatus(context, "received"))
        .WaitFor(EventName, data => data.CaseId)
            .Output(data => data.Decision, step => step.EventData)
        .Then(context => SetStatus(context, "decided"));

    private static ExecutionResult SetStatus(IStepExecutionContext context, string status)
    {
        ((CaseData)context.Workflow.Data).Status = status;
        return ExecutionResult.Next();
    }
}
