using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Staff;

/// <summary>Cases for the staff tests: submitted by a resident through the real pages, workflow started, waiting for staff.</summary>
public static class StaffCases
{
    /// <summary>A Förnya recept case at vc-eksjo whose workflow waits for a staff decision.</summary>
    public static async Task<string> SubmitAsync(BootHost host, string personnummer = StaffPeople.Gustav)
    {
        var resident = await new ResidentBrowser(host, personnummer).LogInAsync();
        var (check, _) = await FornyaRecept.FillAsync(resident);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(resident, check));
        await WaitForDecisionAsync(host, caseId);
        return caseId;
    }

    public static async Task<WaitingDecision> WaitForDecisionAsync(BootHost host, string caseId) =>
        (await Eventually.Async(() => host.Services.GetRequiredService<WaitingDecisions>().FindAsync(caseId), w => w is not null))!;

    public static Task<WaitingDecision?> DecisionAsync(BootHost host, string caseId) =>
        host.Services.GetRequiredService<WaitingDecisions>().FindAsync(caseId);

    public static Task<CaseRecord> CaseAsync(BootHost host, string caseId) =>
        host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));

    public static Task<List<CaseMessage>> MessagesAsync(BootHost host, string caseId) =>
        host.QueryAsync(db => db.Messages.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.SentAt).ToListAsync());

    public static Task<List<CaseEventRecord>> EventsAsync(BootHost host, string caseId) =>
        host.QueryAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync());

    public static string CaseUrl(string caseId) => $"/personal/arenden/{caseId}";
}
