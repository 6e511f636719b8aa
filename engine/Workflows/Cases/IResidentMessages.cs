namespace FormEngine.Workflows.Cases;

/// <summary>Puts a message from the clinic in the inbox of the case's resident (or their ombud).</summary>
public interface IResidentMessages
{
    /// <returns>The id of the new message.</returns>
    ValueTask<string> SendAsync(string caseId, string kind, string text, CancellationToken cancellationToken = default);
}

/// <summary>An information message cannot be answered; a question can (like Inera's invånarärende templates).</summary>
public static class ResidentMessageKind
{
    public const string Information = "information";
    public const string Question = "question";

    public static bool IsKnown(string kind) => kind is Information or Question;
}
