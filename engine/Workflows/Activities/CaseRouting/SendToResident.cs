using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Workflows.Cases;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// Puts a message in the resident's inbox. The message is a Liquid template (<c>{{ Variables.X }}</c>,
/// <c>{{ Input.X }}</c>) written as a literal and rendered here exactly once: a value that itself contains
/// <c>{{</c> (a name, a staff text) is never evaluated a second time.
/// </summary>
[Activity(TypeName, Version = 1, Category = CaseActivities.Category,
    Description = "Sends a message (information or question) to the case's resident; the text is a Liquid template over Variables and Input.")]
[Outcomes(ActivityResult.Done)]
public sealed class SendToResident(IResidentMessages messages) : IActivity
{
    public const string TypeName = "FormEngine.SendToResident";

    public const string UnknownKind = "UnknownMessageKind";
    public const string EmptyMessage = "EmptyMessage";

    [Input(Description = "The message: a Liquid template rendered with Variables and Input.", LiteralOnly = true)]
    public string Message { get; set; } = "";

    [Input(Description = "information (cannot be answered) or question (the resident can reply).")]
    public string Kind { get; set; } = ResidentMessageKind.Information;

    [Input(Description = "Variable that receives the new message's id; empty keeps none.", LiteralOnly = true)]
    public string? MessageIdVariable { get; set; }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (CaseActivities.CaseIdOf(context) is not { } caseId) return CaseActivities.NoCaseFault(TypeName);
        if (!ResidentMessageKind.IsKnown(Kind))
            return ActivityResult.Fault(UnknownKind, $"Message kind '{Kind}' is neither '{ResidentMessageKind.Information}' nor '{ResidentMessageKind.Question}'.");

        var rendered = await context.EvaluateAsync(new JsonObject { ["type"] = "Liquid", ["value"] = Message });
        var text = rendered is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : rendered?.ToJsonString();
        if (string.IsNullOrWhiteSpace(text))
            return ActivityResult.Fault(EmptyMessage, $"{TypeName} '{context.ActivityId}' rendered an empty message; nothing was sent.");

        var messageId = await messages.SendAsync(caseId, Kind, text.Trim(), context.CancellationToken);
        if (!string.IsNullOrWhiteSpace(MessageIdVariable)) context.SetVariable(MessageIdVariable, messageId);
        return ActivityResult.DoneResult;
    }
}
