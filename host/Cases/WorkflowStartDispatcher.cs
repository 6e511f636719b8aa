using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FormEngine.Persistence;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Starts the workflow of every case whose <see cref="WorkflowStartRequest"/> is pending: when intake nudges,
/// at start-up (rows left by a process that died) and every <see cref="ScanInterval"/>. One reader, so a case is
/// never started twice by this process; and a start is idempotent across processes and crashes because an
/// instance correlated with the case id counts as started. Failures are recorded on the row and retried with
/// backoff. Inputs hold ids only, never answers, and nothing here logs them.
/// </summary>
public sealed partial class WorkflowStartDispatcher(
    WorkflowStartOutbox outbox,
    IDbContextFactory<PortalDbContext> portal,
    IDbContextFactory<WorkflowDbContext> workflows,
    WorkflowRuntime runtime,
    TimeProvider clock,
    ILogger<WorkflowStartDispatcher> logger) : BackgroundService
{
    public static readonly TimeSpan ScanInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);
    private const int ScanBatch = 100;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _notBefore = new(StringComparer.Ordinal);

    // Callers besides the loop (staff's invånarärende starts at once) must not start the same case concurrently.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        outbox.NudgeAll();
        using var scans = new PeriodicTimer(ScanInterval, clock);
        _ = RingPeriodicallyAsync(scans, stoppingToken);
        try
        {
            await foreach (var item in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                if (item == WorkflowStartOutbox.ScanAll) await ScanAsync(stoppingToken);
                else await DispatchAsync(item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RingPeriodicallyAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) outbox.NudgeAll();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ScanAsync(CancellationToken cancellationToken)
    {
        List<string> pending;
        try
        {
            await using var db = await portal.CreateDbContextAsync(cancellationToken);
            pending = await db.WorkflowStarts.AsNoTracking().Where(w => w.StartedAt == null)
                .OrderBy(w => w.CreatedAt).Select(w => w.CaseId).Take(ScanBatch).ToListAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ScanFailed(logger, e.GetType().Name);
            return;
        }
        foreach (var caseId in pending) await DispatchAsync(caseId, cancellationToken);
    }

    /// <summary>Starts the case's workflow unless it started already (or failed recently and waits for its backoff).</summary>
    public async Task DispatchAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await DispatchOneAsync(caseId, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task DispatchOneAsync(string caseId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_notBefore.TryGetValue(caseId, out var notBefore) && notBefore > now) return;
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        var request = await db.WorkflowStarts.FirstOrDefaultAsync(w => w.CaseId == caseId && w.StartedAt == null, cancellationToken);
        if (request is null) return;
        try
        {
            var instanceId = await ExistingInstanceAsync(caseId, cancellationToken)
                ?? await StartAsync(request, cancellationToken);
            request.StartedAt = clock.GetUtcNow();
            request.Attempts++;
            request.LastError = null;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Only the instance id: staff or the workflow may be changing the same case, and this must not race with them.
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.WorkflowInstanceId, instanceId), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _notBefore.TryRemove(caseId, out _);
            WorkflowStarted(logger, caseId, instanceId);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(caseId, e, cancellationToken);
        }
    }

    private async Task<string?> ExistingInstanceAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var db = await workflows.CreateDbContextAsync(cancellationToken);
        return await db.Instances.AsNoTracking().Where(i => i.CorrelationId == caseId)
            .OrderBy(i => i.CreatedAt).Select(i => i.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<string> StartAsync(WorkflowStartRequest request, CancellationToken cancellationToken)
    {
        var inputs = JsonNode.Parse(request.Inputs) as JsonObject
            ?? throw new InvalidOperationException("The outbox row's inputs are not a JSON object.");
        var run = await runtime.StartAsync(request.DefinitionId, inputs, correlationId: request.CaseId, cancellationToken);
        return run.Instance?.Id ?? throw new InvalidOperationException($"Starting {request.DefinitionId} gave no instance ({run.Outcome}).");
    }

    private async Task RecordFailureAsync(string caseId, Exception error, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await portal.CreateDbContextAsync(cancellationToken);
            var request = await db.WorkflowStarts.FirstOrDefaultAsync(w => w.CaseId == caseId, cancellationToken);
            if (request is null) return;
            request.Attempts++;
            var message = $"{error.GetType().Name}: {error.Message}";
            request.LastError = message.Length > 2000 ? message[..2000] : message;
            await db.SaveChangesAsync(cancellationToken);
            var delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(request.Attempts, 20))));
            _notBefore[caseId] = clock.GetUtcNow() + delay;
            StartFailed(logger, caseId, request.Attempts, error.GetType().Name, delay);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ScanFailed(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow instance {InstanceId} runs case {CaseId}")]
    private static partial void WorkflowStarted(ILogger logger, string caseId, string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting the workflow of case {CaseId} failed (attempt {Attempts}, {Error}); retrying in {Delay}")]
    private static partial void StartFailed(ILogger logger, string caseId, int attempts, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The workflow-start outbox could not be read ({Error}); the next scan tries again")]
    private static partial void ScanFailed(ILogger logger, string error);
}
