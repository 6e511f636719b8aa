namespace FormEngine.Workflows.Cases;

/// <summary>Sets the status the resident and staff see on a case (<see cref="CaseStatus"/>).</summary>
public interface ICaseStatuses
{
    ValueTask SetStatusAsync(string caseId, string status, CancellationToken cancellationToken = default);
}

/// <summary>
/// The case lifecycle, Inkommen → Fördelad → Besvarad / VäntarPåInvånare → Avslutad (docs: domain), plus
/// SvarstidPasserad, set when the clinic's reply-time target passed without a staff decision. Statuses are
/// strings in the workflow JSON; an unknown one is refused so that a typo never reaches a resident.
/// </summary>
public static class CaseStatus
{
    public const string Inkommen = "Inkommen";
    public const string Fördelad = "Fördelad";
    public const string SvarstidPasserad = "SvarstidPasserad";
    public const string Besvarad = "Besvarad";
    public const string VäntarPåInvånare = "VäntarPåInvånare";
    public const string Avslutad = "Avslutad";

    public static IReadOnlyList<string> All { get; } = [Inkommen, Fördelad, SvarstidPasserad, Besvarad, VäntarPåInvånare, Avslutad];

    public static bool IsKnown(string status) => All.Contains(status, StringComparer.Ordinal);
}
