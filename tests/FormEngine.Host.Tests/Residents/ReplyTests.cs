using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;

namespace FormEngine.Host.Tests.Residents;

/// <summary>The clinic asks, the resident answers in the inbox (with a picture), and the case goes back to the clinic.</summary>
public sealed class ReplyTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>A submitted case whose workflow waits for staff, then the staff decision "ask the resident".</summary>
    private async Task<(ResidentBrowser Resident, string CaseId)> AskedAsync(string personnummer)
    {
        var resident = await new ResidentBrowser(Host, personnummer).LogInAsync();
        var (check, _) = await FornyaRecept.FillAsync(resident);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(resident, check));
        await Eventually.Async(() => Host.QueryAsync(db => db.WorkflowStarts.AsNoTracking().SingleAsync(w => w.CaseId == caseId)), w => w.StartedAt is not null);
        var asked = await Host.Services.GetRequiredService<WorkflowRuntime>().ResumeByStimulusAsync(AwaitStaffDecision.TypeName, CaseActivities.StimulusFor(caseId), caseId,
            new JsonObject { ["decision"] = "AskResident", ["by"] = "SE2321000065-P00000000001", ["message"] = "Tar du medicinen varje dag?" });
        Assert.Equal(ResumeOutcome.Resumed, asked.Outcome);
        return (resident, caseId);
    }

    [Fact]
    public async Task The_resident_reads_the_question_answers_it_with_a_picture_and_the_case_returns_to_the_clinic()
    {
        var (resident, caseId) = await AskedAsync("195511181538");

        var inbox = await resident.PageAsync("/inkorg");
        Assert.Contains("Oläst", inbox.QuerySelector($"a[href='/inkorg/{caseId}']")!.ParentElement!.ParentElement!.TextContent);
        var casePage = await resident.PageAsync($"/inkorg/{caseId}");
        Assert.Contains("Tar du medicinen varje dag?", casePage.Body!.TextContent);
        Assert.DoesNotContain("Oläst", (await resident.PageAsync("/inkorg")).QuerySelector($"a[href='/inkorg/{caseId}']")!.ParentElement!.ParentElement!.TextContent);

        var response = await PostReplyAsync(resident, casePage, "Ja, varje morgon.", ("bild.png", Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var messages = await Host.QueryAsync(db => db.Messages.AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync());
        var reply = Assert.Single(messages, m => m.Direction == MessageDirection.FromResident);
        Assert.Equal("Ja, varje morgon.", reply.Text);
        Assert.Equal(reply.Id, Assert.Single(messages, m => m.Kind == "question").AnsweredBy);
        var attachment = await Host.QueryAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.OwnerId == reply.Id));
        Assert.Equal(("image/png", caseId), (attachment.ContentType, attachment.CaseId));
        var status = await Eventually.Async(() => Host.QueryAsync(db => db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Status).SingleAsync()),
            s => s != "VäntarPåInvånare");
        Assert.Contains(status, new[] { "Inkommen", "Fördelad" });

        var download = await resident.Client.GetAsync($"/bilagor/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        var stranger = await new ResidentBrowser(Host, "198902025710").LogInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/bilagor/{attachment.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_or_PDF_by_content_is_refused_whatever_its_name_and_nothing_is_sent()
    {
        var (resident, caseId) = await AskedAsync("200106234966");
        var casePage = await resident.PageAsync($"/inkorg/{caseId}");

        var response = await PostReplyAsync(resident, casePage, "Här är bilden.", ("bild.png", "<html><script>alert(1)</script></html>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Filen bild.png har en filtyp som inte går att bifoga här.", html);
        Assert.Empty(await Host.QueryAsync(db => db.Messages.AsNoTracking().Where(m => m.CaseId == caseId && m.Direction == MessageDirection.FromResident).ToListAsync()));
        Assert.Equal(0, await Host.QueryAsync(db => db.Attachments.CountAsync(a => a.CaseId == caseId)));
    }

    private static async Task<HttpResponseMessage> PostReplyAsync(ResidentBrowser resident, IDocument casePage, string text, (string Name, byte[] Bytes) file)
    {
        var form = casePage.QuerySelector<IHtmlFormElement>("form[action*='handler=Reply']")!;
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in ResidentBrowser.Values(form, [("svar", text)])) content.Add(new StringContent(value), name);
        content.Add(new ByteArrayContent(file.Bytes), "bilagor", file.Name);
        return await resident.Client.PostAsync(form.GetAttribute("action"), content);
    }
}
