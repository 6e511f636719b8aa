namespace FormEngine.Host.Pages.Personal;

/// <summary>The staff workspace's addresses, in one place.</summary>
public static class StaffUrls
{
    public const string ClinicInbox = "/personal/inkorg";
    public const string MyCases = "/personal/mina-arenden";
    public const string NewResidentCase = "/personal/invanararende/nytt";

    public static string Inbox(string clinicKey) => $"{ClinicInbox}?mottagning={Uri.EscapeDataString(clinicKey)}";

    public static string Case(string caseId) => $"/personal/arenden/{Uri.EscapeDataString(caseId)}";

    public static string Attachment(string attachmentId) => $"/personal/bilagor/{Uri.EscapeDataString(attachmentId)}";

    public static string Case(string caseId, string done) => $"{Case(caseId)}?klart={Uri.EscapeDataString(done)}";
}
