using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;
using FormEngine.Persistence;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Activities.CaseRouting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Residents;

/// <summary>
/// A reply stored by a process that died before it resumed the workflow reaches the workflow when the host
/// starts again, once: the workflow moves on to the clinic queue, and sweeping again changes nothing.
/// </summary>
public sealed class ReplyRedeliveryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private string Database => _folder.File("replies.db");

    [Fact]
    public async Task A_reply_stored_without_resuming_the_workflow_is_delivered_at_the_next_start_and_only_once()
    {
        string caseId;
        using (var first = new BootHost(Database))
        {
            caseId = await TemplateReplies.AskAsync(first, "bifoga-bild-till-varden", StaffPeople.Gustav);
        }
        await StoreReplyAsIfTheProcessDiedAsync(caseId);

        using (var second = new BootHost(Database))
        {
            _ = second.Server;
            var decision = await StaffCases.WaitForDecisionAsync(second, caseId);
            Assert.Contains("AskResident", decision.Decisions);
            Assert.Equal("Inkommen", (await StaffCases.CaseAsync(second, caseId)).Status);
            Assert.Equal(0, await second.Services.GetRequiredService<ReplyRedelivery>().SweepAsync(null));
            Assert.Equal((0, 1), await WaitsAsync(second, caseId));
        }
        using (var third = new BootHost(Database))
        {
            _ = third.Server;
            Assert.Equal(0, await third.Services.GetRequiredService<ReplyRedelivery>().SweepAsync(null));
            Assert.Equal((0, 1), await WaitsAsync(third, caseId));
            Assert.Equal("Inkommen", (await StaffCases.CaseAsync(third, caseId)).Status);
        }
    }

    /// <summary>The AwaitResidentReply and AwaitStaffDecision bookmarks of the case, and no stimulus left queued for a later question.</summary>
    private static async Task<(int ReplyWaits, int DecisionWaits)> WaitsAsync(BootHost host, string caseId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Stimuli.AnyAsync(s => s.CorrelationId == caseId));
        var names = await db.Bookmarks.AsNoTracking().Where(b => b.CorrelationId == caseId).Select(b => b.Name).ToListAsync();
        return (names.Count(n => n == AwaitResidentReply.TypeName), names.Count(n => n == AwaitStaffDecision.TypeName));
    }

    /// <summary>What <see cref="ResidentReplies"/> commits, written while no host runs: the process died before resuming.</summary>
    private async Task StoreReplyAsIfTheProcessDiedAsync(string caseId)
    {
        await using var db = new PortalDbContext(TestDatabase.PortalOptions(Database));
        var question = await db.Messages.SingleAsync(m => m.CaseId == caseId && m.Kind == "question");
        var now = DateTimeOffset.UtcNow;
        var replyId = Guid.NewGuid().ToString("N");
        question.AnsweredBy = replyId;
        db.Messages.Add(new CaseMessage
        {
            Id = replyId, CaseId = caseId, Direction = MessageDirection.FromResident, Kind = ResidentReplies.ReplyKind,
            Text = "Här är bilden.", SentBy = StaffPeople.Gustav, SentAt = now,
        });
        await db.SaveChangesAsync();
    }

    public void Dispose() => _folder.Dispose();
}
