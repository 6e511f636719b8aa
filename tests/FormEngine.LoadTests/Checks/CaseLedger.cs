using System.Collections.Concurrent;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.LoadTests.Checks;

/// <summary>
/// What the run was told (the case ids of every 201, warm-up included) against what the database holds: every
/// accepted submission must have exactly one case with exactly one submission, and the run's residents no other
/// cases. A correctness check at the end of the run, read through the portal's own model; not a timing assertion.
/// </summary>
public sealed class CaseLedger(string databaseFile) : IAsyncDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddFormEngineSqlite($"Data Source={databaseFile}", groupCommit: false).BuildServiceProvider();

    public ConcurrentBag<string> Accepted { get; } = [];

    public sealed record Verdict(int Accepted, int Cases, int Missing, int Extra, int NotExactlyOneSubmission, int WorkflowStarted, int InAQueue, int OutboxPending)
    {
        public bool Holds => Cases == Accepted && Missing == 0 && Extra == 0 && NotExactlyOneSubmission == 0;
    }

    public async Task<Verdict> CheckAsync(IReadOnlyCollection<string> residents)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var cases = await db.Cases.AsNoTracking().Where(c => residents.Contains(c.ResidentPersonnummer))
            .Select(c => new { c.Id, c.WorkflowInstanceId, c.QueueKey }).ToListAsync();
        var ids = cases.Select(c => c.Id).ToList();
        var submissions = await db.Submissions.AsNoTracking().Where(s => ids.Contains(s.CaseId))
            .GroupBy(s => s.CaseId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var pending = await db.WorkflowStarts.AsNoTracking().CountAsync(w => ids.Contains(w.CaseId) && w.StartedAt == null);
        var accepted = Accepted.ToHashSet(StringComparer.Ordinal);
        var stored = ids.ToHashSet(StringComparer.Ordinal);
        return new Verdict(
            Accepted.Count, cases.Count,
            Missing: accepted.Count(a => !stored.Contains(a)) + (Accepted.Count - accepted.Count),
            Extra: stored.Count(s => !accepted.Contains(s)),
            NotExactlyOneSubmission: ids.Count(id => submissions.GetValueOrDefault(id) != 1),
            WorkflowStarted: cases.Count(c => c.WorkflowInstanceId is not null),
            InAQueue: cases.Count(c => c.QueueKey is not null),
            OutboxPending: pending);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
