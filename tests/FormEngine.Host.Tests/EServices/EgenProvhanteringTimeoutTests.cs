using System.Text.Json.Nodes;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Security;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.EServices;

/// <summary>
/// Egen provhantering in the host on a clock the test moves: an order without a result is still open after 39
/// days and closes by itself, with a message to the resident, once 40 calendar days have passed.
/// </summary>
public sealed class EgenProvhanteringTimeoutTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BootHost _boot;
    private readonly WebApplicationFactory<Program> _host;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    public EgenProvhanteringTimeoutTests()
    {
        _boot = new BootHost(_folder.File("kit.db"));
        _host = _boot.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));
    }

    [Fact]
    public async Task An_order_without_a_result_closes_by_itself_after_40_calendar_days()
    {
        var answers = new JsonObject { ["sample_type"] = "urine", ["symptoms"] = false, ["terms_accepted"] = true };
        var intake = _host.Services.GetRequiredService<CaseIntake>();
        var accepted = Assert.IsType<IntakeResult.Accepted>(
            await intake.SubmitAsync(new IntakeRequest("191212121212", "vc-eksjo", "egen-provhantering", 1, answers, Guid.NewGuid().ToString("N"))));
        var waiting = _host.Services.GetRequiredService<WaitingDecisions>();
        var decision = await Eventually.Async(() => waiting.FindAsync(accepted.CaseId), d => d is not null);
        Assert.Equal(["ProvsvarNegativt", "ProvsvarPositivt", "Close"], decision!.Decisions);

        var runtime = _host.Services.GetRequiredService<WorkflowRuntime>();
        _clock.Advance(TimeSpan.FromDays(39));
        await runtime.RunDueTimersAsync(_clock.GetUtcNow());
        Assert.Null((await CaseAsync(accepted.CaseId)).ClosedAt);

        _clock.Advance(TimeSpan.FromDays(2));
        await runtime.RunDueTimersAsync(_clock.GetUtcNow());

        var closed = await Eventually.Async(() => CaseAsync(accepted.CaseId), c => c.ClosedAt is not null);
        Assert.Equal("Inget prov inom 40 dagar", closed.ClosedReason);
        var message = await Query(db => db.Messages.AsNoTracking().SingleAsync(m => m.CaseId == accepted.CaseId));
        Assert.Equal(MessageDirection.ToResident, message.Direction);
        Assert.StartsWith("Vi har inte fått något prov från dig inom 40 dagar", message.Text);
    }

    private Task<CaseRecord> CaseAsync(string id) => Query(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));

    private async Task<T> Query<T>(Func<FormEngine.Persistence.Portal.PortalDbContext, Task<T>> query)
    {
        var factory = _host.Services.GetRequiredService<IDbContextFactory<FormEngine.Persistence.Portal.PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await query(db);
    }

    public void Dispose()
    {
        _host.Dispose();
        _boot.Dispose();
        _folder.Dispose();
    }
}
