using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FormEngine.Host.Tests.Operations;

/// <summary>
/// Answers and messages are health data: they go to the database, never to the logs or into a URL. A case runs
/// through the real pages with distinctive texts while every log entry of every level is kept, then the logs
/// are searched for those texts. ASP.NET Core logs each request's URL with its query string, so the search also
/// covers every URL the browser was sent to.
/// </summary>
public sealed class FormContentLoggingTests : IDisposable
{
    private const string ResidentText = "ZEBRA-ANSWER-4711";
    private const string StaffText = "GIRAFF-REPLY-0815";

    private readonly TempFolder _folder = new();
    private readonly BootHost _boot;
    private readonly WebApplicationFactory<Program> _host;
    private readonly LogCapture _logs = new();

    public FormContentLoggingTests()
    {
        _boot = new BootHost(_folder.File("logs.db"));
        _host = _boot.WithWebHostBuilder(b =>
        {
            // Every category at every level, whatever appsettings.json turns down.
            foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Hosting.Lifetime", "System" })
                b.UseSetting($"Logging:LogLevel:{category}", "Trace");
            b.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        });
    }

    [Fact]
    public async Task Answers_and_the_staff_reply_reach_the_database_but_never_the_logs_or_a_url()
    {
        var resident = await new ResidentBrowser(Browser(), StaffPeople.Gustav).LogInAsync();
        var pages = new List<IHtmlDocument>();

        var page = await resident.PageAsync(await resident.StartFormAsync(FornyaRecept.Clinic, FornyaRecept.Form));
        var prescription = page.QuerySelector<IHtmlInputElement>("input[name=prescriptions]")!.Value;
        pages.Add(page);
        page = await FornyaRecept.NextAsync(resident, await resident.SubmitAsync(page, ("prescriptions", prescription), ("missing_medicine", $"{ResidentText} medicin")), "?sida=2");
        pages.Add(page);
        // A page with a problem first: the answer comes back in the form, shown with the error.
        var refused = await resident.SubmitAsync(page, ("health_changed", "true"), ("health_change_description", $"{ResidentText} yrsel"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        page = ResidentBrowser.Parse(await refused.Content.ReadAsStringAsync());
        pages.Add(page);
        page = await FornyaRecept.NextAsync(resident, await resident.SubmitAsync(page,
            ("health_changed", "true"), ("health_change_description", $"{ResidentText} yrsel"),
            ("side_effects", "true"), ("side_effects_description", $"{ResidentText} illamående")), "?sida=3");
        pages.Add(page);
        page = await FornyaRecept.NextAsync(resident, await resident.SubmitAsync(page, ("contact_method", "message")), "?sida=4");
        pages.Add(page);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(resident, page));
        Assert.Contains(ResidentText, await QueryAsync(db => db.Submissions.Where(s => s.CaseId == caseId).Select(s => s.Answers).SingleAsync()));

        await Eventually.Async(() => _host.Services.GetRequiredService<WaitingDecisions>().FindAsync(caseId), w => w is not null);
        var staff = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.PostAsync(staff, "/personal/logga-in", new Dictionary<string, string> { ["HsaId"] = StaffPeople.Johan })).StatusCode);
        var casePage = ResidentBrowser.Parse(await staff.GetStringAsync(StaffCases.CaseUrl(caseId)));
        pages.Add(casePage);
        Assert.Contains(ResidentText, casePage.Body!.TextContent);
        var decide = casePage.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.GetAttribute("action")?.Contains("handler=Decide") == true);
        var values = ResidentBrowser.Values(decide, [("Message", $"Hej! {StaffText} Receptet är förnyat.")]);
        values.Add(new("Decision", "Answered"));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostAsync(decide.GetAttribute("action"), new FormUrlEncodedContent(values))).StatusCode);
        Assert.Contains(await QueryAsync(db => db.Messages.Where(m => m.CaseId == caseId).Select(m => m.Text).ToListAsync()), t => t.Contains(StaffText));
        pages.Add(await resident.PageAsync($"/inkorg/{caseId}"));

        Assert.Contains(_logs.Entries, e => e.StartsWith("Debug", StringComparison.Ordinal)); // the capture really sees every level
        Assert.Contains(_logs.Entries, e => e.Contains("Request starting", StringComparison.Ordinal) && e.Contains("sida=2", StringComparison.Ordinal));
        Assert.Empty(_logs.Containing("ZEBRA"));
        Assert.Empty(_logs.Containing("GIRAFF"));
        // Answers travel in POST bodies only: no form that holds them is a GET form.
        Assert.All(pages.SelectMany(p => p.QuerySelectorAll<IHtmlFormElement>("form")).Where(f => f.QuerySelector("textarea, .fe-field") is not null),
            form => Assert.Equal("post", form.Method, ignoreCase: true));
    }

    private HttpClient Browser() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public void Dispose()
    {
        _host.Dispose();
        _boot.Dispose();
        _folder.Dispose();
    }
}
