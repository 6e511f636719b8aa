namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Sets the correlation id (our case id): later bookmarks and stimuli match on it.</summary>
[Activity("Elsa.Correlate", Pure = true, Category = "Primitives", Description = "Sets the correlation id.")]
[Outcomes(ActivityResult.Done)]
public sealed class Correlate : IActivity
{
    [Input(Description = "The correlation id.")]
    public string? CorrelationId { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.CorrelationId = string.IsNullOrEmpty(CorrelationId) ? null : CorrelationId;
        return ValueTask.FromResult(ActivityResult.DoneResult);
    }
}
