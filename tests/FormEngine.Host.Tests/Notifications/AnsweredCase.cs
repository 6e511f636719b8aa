using System.Net;
using System.Text.Json.Nodes;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Notifications;

/// <summary>The journey that ends in a notification: settings saved, Förnya recept sent, the clinic answers.</summary>
public static class AnsweredCase
{
    public const string Answer = "Receptet är förnyat. Hämta ut på apoteket.";

    /// <summary>Saves Inställningar as the resident would, on the page; fails the test if the page does not accept them.</summary>
    public static async Task SaveSettingsAsync(ResidentBrowser resident, string? email, string? mobile, bool byEmail, bool bySms)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email ?? "", ["Mobile"] = mobile ?? "" };
        if (byEmail) fields["NotifyByEmail"] = "true";
        if (bySms) fields["NotifyBySms"] = "true";
        var response = await PageForms.PostAsync(resident.Client, "/installningar", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Sends Förnya recept and has Birgitta answer it (the workflow then notifies the resident); returns the case id.</summary>
    public static async Task<string> SubmitAndAnswerAsync(NotificationHost host, ResidentBrowser resident)
    {
        var (check, _) = await FornyaRecept.FillAsync(resident);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(resident, check));
        await AnswerAsync(host, caseId);
        return caseId;
    }

    /// <summary>Birgitta answers a case once its workflow has started.</summary>
    public static async Task AnswerAsync(NotificationHost host, string caseId)
    {
        await Eventually.Async(() => host.QueryAsync(db => db.WorkflowStarts.AsNoTracking().SingleAsync(w => w.CaseId == caseId)), w => w.StartedAt is not null);
        var answered = await host.Factory.Services.GetRequiredService<WorkflowRuntime>().ResumeByStimulusAsync(AwaitStaffDecision.TypeName,
            CaseActivities.StimulusFor(caseId), caseId, new JsonObject { ["decision"] = "Answered", ["by"] = StaffPeople.Birgitta, ["message"] = Answer });
        Assert.Equal(ResumeOutcome.Resumed, answered.Outcome);
    }
}
