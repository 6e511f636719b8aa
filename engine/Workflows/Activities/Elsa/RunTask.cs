using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>
/// Hands a task to the outside world and waits until it is completed (stimulus <c>{taskName}</c>, or by bookmark
/// id); the completion's result goes to the <c>result</c> output.
/// </summary>
[Activity("Elsa.RunTask", Pure = true, Category = "Tasks", Description = "Runs an external task and waits for its result.")]
[Outcomes(ActivityResult.Done)]
public sealed class RunTask : IResumableActivity
{
    public const string BookmarkName = "Elsa.RunTask";

    [Input(Description = "The task's name.")]
    public string TaskName { get; set; } = "";

    [Input(Description = "Data for whoever runs the task.")]
    public JsonNode? Payload { get; set; }

    public static JsonObject Stimulus(string taskName) => new() { ["taskName"] = taskName };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend(new BookmarkRequest(BookmarkName, Stimulus(TaskName),
            Payload: new JsonObject { ["taskName"] = TaskName, ["payload"] = Payload?.DeepClone() })));

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Runtime.Bookmark bookmark, JsonNode? input)
    {
        context.SetActivityOutput("result", input?.DeepClone());
        return ValueTask.FromResult(ActivityResult.DoneResult);
    }
}
