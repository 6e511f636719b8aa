using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Cases;

namespace FormEngine.Host.Cases;

/// <summary>How statuses, starters and history read in the staff workspace (Swedish).</summary>
public static class CaseStatusNames
{
    public static string Status(string status) => status switch
    {
        CaseStatus.VäntarPåInvånare => "Väntar på invånare",
        CaseStatus.SvarstidPasserad => "Svarstid passerad",
        _ => status,
    };

    public static string Starter(CaseStarter kind) => kind switch
    {
        CaseStarter.Resident => "Invånaren själv",
        CaseStarter.Ombud => "Vårdnadshavare som ombud för invånaren",
        CaseStarter.Staff => "Mottagningen (invånarärende)",
        _ => kind.ToString(),
    };

    public static string Event(string kind) => kind switch
    {
        CaseHistory.Submitted => "Skickat av invånaren",
        CaseHistory.Created => "Invånarärende skapat",
        CaseHistory.Routed => "Lagt i kö",
        CaseHistory.Forwarded => "Skickat vidare till annan mottagning",
        CaseHistory.Distributed => "Fördelat",
        CaseHistory.Redistributed => "Omfördelat",
        CaseHistory.Taken => "Taget från gruppen",
        CaseHistory.Decision => "Beslut",
        CaseHistory.Status => "Status",
        CaseHistory.Message => "Meddelande till invånaren",
        CaseHistory.PartialReply => "Delsvar till invånaren",
        CaseHistory.Notified => "Avisering köad",
        CaseHistory.Closed => "Avslutat",
        CaseHistory.Reply => "Svar från invånaren",
        _ => kind,
    };

    public static string MessageKind(string kind) => kind switch
    {
        ResidentMessageKind.Question => "Fråga",
        ResidentMessageKind.Information => "Information",
        "reply" => "Svar från invånaren",
        _ => kind,
    };
}
