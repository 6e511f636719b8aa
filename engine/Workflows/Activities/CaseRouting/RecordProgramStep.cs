using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Programs;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// Records a treatment-program step the resident sent (Stöd och behandling) and puts it in the behandlare's list.
/// The step is named by the workflow input <c>stepSubmissionId</c> (else the correlation id): ids only, the answers
/// never enter the workflow.
/// </summary>
[Activity(TypeName, Version = 1, Category = CaseActivities.Category,
    Description = "Records a treatment-program step the resident sent and shows it to their behandlare as new.")]
[Outcomes(ActivityResult.Done, NoSuchStep)]
public sealed class RecordProgramStep(IProgramSteps steps) : IActivity
{
    public const string TypeName = "FormEngine.RecordProgramStep";
    public const string NoSuchStep = "NoSuchStep";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var input = context.GetInput("stepSubmissionId");
        var id = input is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(id)) id = context.CorrelationId;
        if (string.IsNullOrWhiteSpace(id)) return ActivityResult.Outcome(NoSuchStep);
        return await steps.RecordAsync(id, context.CancellationToken) ? ActivityResult.DoneResult : ActivityResult.Outcome(NoSuchStep);
    }
}
