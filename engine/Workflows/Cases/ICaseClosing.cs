namespace FormEngine.Workflows.Cases;

/// <summary>Closes a case (status Avslutad) with a reason kept for the audit trail and statistics.</summary>
public interface ICaseClosing
{
    ValueTask CloseAsync(string caseId, string reason, CancellationToken cancellationToken = default);
}

/// <summary>Reasons the standard workflow uses; a definition may give its own.</summary>
public static class CaseClosingReason
{
    public const string Answered = "Besvarat";
    public const string ClosedByStaff = "Avslutat av mottagningen";
    public const string NoReplyFromResident = "Inget svar från invånaren";
}
