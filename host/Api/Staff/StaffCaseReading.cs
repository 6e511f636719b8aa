using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Api.Staff;

/// <summary>
/// What a read of a case is logged as: the case and the parts shown, never the data itself. The same words as the
/// staff case page (Pages/Personal/Arende), since the API shows the same parts.
/// </summary>
internal static class StaffCaseReading
{
    public static string What(CaseRecord record) => $"ärende {record.Reference}: svar, meddelanden och historik";
}
