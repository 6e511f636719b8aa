using FormEngine.Workflows.Cases;

namespace FormEngine.Host.Cases;

/// <summary>
/// How a case status reads to the resident. Staff statuses say where the case is in the clinic; a resident only
/// needs to know whether it is on its way, waiting for them, answered or closed.
/// </summary>
public static class ResidentCaseStatus
{
    public static string Text(string status) => status switch
    {
        CaseStatus.Inkommen => "Skickat",
        CaseStatus.Fördelad or CaseStatus.SvarstidPasserad => "Under handläggning",
        CaseStatus.VäntarPåInvånare => "Väntar på ditt svar",
        CaseStatus.Besvarad => "Besvarat",
        CaseStatus.Avslutad => "Avslutat",
        _ => "Under handläggning",
    };
}
