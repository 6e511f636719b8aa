using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FormEngine.Host.Operations;
using FormEngine.Persistence;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Starts the workflow of every case whose <see cref="WorkflowStartRequest"/> is pending: when intake nudges, at
/// start-up (rows left by a process that died) and every <see cref="ScanInterval"/>. Up to
/// <c>FormEngine:Workflows:StartConcurrency</c> cases start at once, so that the workflow store's group commit
/// batches their commits and <see cref="WorkflowStartMarks"/> marks them together. A case is never started twice:
/// in this process a per-case guard lets one dispatch run for it at a time, and across processes only the holder of
/// the row's claim starts it (<see cref="WorkflowStartClaims"/>; an instance already correlated with the case counts
/// as started). Failures are recorded on the row and retried with backoff. Inputs hold ids only, never answers, and
/// nothing here logs them. With <c>FormEngine:Workflows:DispatcherEnabled</c> off the loop does not run (the host
/// only takes intake); an explicit <see cref="DispatchAsync"/> still starts its case.
/// </summary>
public sealed partial class WorkflowStartDispatcher : BackgroundService, IAsyncDisposable
{
    public static readonly TimeSpan ScanInterval = TimeSpan.FromSeconds(30);
    private const int ScanBatch = 100;
    private const int NudgeBatch = 64;

    private readonly WorkflowStartOutbox _outbox;
    private readonly WorkflowStartClaims _claims;
    private readonly WorkflowStartMarks _marks;
    private readonly WorkflowRuntime _runtime;
    private readonly TimeProvider _clock;
    private readonly ILogger<WorkflowStartDispatcher> _logger;
    private readonly WorkflowOptions _options;
    private readonly int _concurrency;
    private readonly SemaphoreSlim _slots;

    // The per-case guard: the dispatch that runs for a case in this process; a second one for it waits for that.
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _inFlight = new(StringComparer.Ordinal);

    public WorkflowStartDispatcher(WorkflowStartOutbox outbox, IDbContextFactory<PortalDbContext> portal, IDbContextFactory<WorkflowDbContext> workflows,
        WorkflowRuntime runtime, FormEngineSettings settings, TimeProvider clock, ILogger<WorkflowStartDispatcher> logger)
    {
        _outbox = outbox;
        _claims = new WorkflowStartClaims(portal, workflows, clock);
        _marks = new WorkflowStartMarks(portal, clock);
        _runtime = runtime;
        _clock = clock;
        _logger = logger;
        _options = settings.Options.Workflows;
        _concurrency = Math.Max(1, _options.StartConcurrency);
        _slots = new SemaphoreSlim(_concurrency, _concurrency);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DispatcherEnabled)
        {
            DispatcherOff(_logger);
            return;
        }
        await _claims.ReleaseAbandonedAsync(stoppingToken);
        _outbox.NudgeAll();
        using var scans = new PeriodicTimer(ScanInterval, _clock);
        _ = RingPeriodicallyAsync(scans, stoppingToken);
        try
        {
            while (await _outbox.Reader.WaitToReadAsync(stoppingToken))
            {
                var caseIds = new HashSet<string>(StringComparer.Ordinal);
                var scan = false;
                while (caseIds.Count < NudgeBatch && _outbox.Reader.TryRead(out var item))
                {
                    if (item == WorkflowStartOutbox.ScanAll) scan = true;
                    else caseIds.Add(item);
                }
                if (scan) caseIds.UnionWith(await PendingAsync(stoppingToken));
                await DispatchManyAsync(caseIds, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        // The starts under way finish (each is bounded by its claim's start window) and mark their rows.
        for (var i = 0; i < _concurrency; i++) await _slots.WaitAsync(CancellationToken.None);
    }

    private async Task RingPeriodicallyAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) _outbox.NudgeAll();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<List<string>> PendingAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pending = await _claims.PendingAsync(ScanBatch, cancellationToken);
            // More may wait: scan again once these are claimed (claimed rows are not listed again).
            if (pending.Count == ScanBatch) _outbox.NudgeAll();
            return pending;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ScanFailed(_logger, e.GetType().Name);
            return [];
        }
    }

    /// <summary>Claims the cases in one statement and starts each claimed one on a free slot; returns once all have a slot.</summary>
    private async Task DispatchManyAsync(HashSet<string> caseIds, CancellationToken stoppingToken)
    {
        var entered = caseIds.Select(id => (Id: id, Guard: new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)))
            .Where(e => _inFlight.TryAdd(e.Id, e.Guard)).ToDictionary(e => e.Id, e => e.Guard, StringComparer.Ordinal);
        List<WorkflowStartClaim> claims = [];
        try
        {
            claims = await _claims.ClaimAsync(entered.Keys, stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ScanFailed(_logger, e.GetType().Name);
        }
        finally
        {
            foreach (var (id, guard) in entered)
                if (!claims.Exists(c => c.CaseId == id)) Leave(id, guard);
        }
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            try
            {
                await _slots.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                // Stopping: the claims not started yet go back, so another host need not wait for their lease.
                foreach (var unstarted in claims.Skip(i))
                {
                    await ReleaseQuietlyAsync(unstarted);
                    Leave(unstarted.CaseId, entered[unstarted.CaseId]);
                }
                throw;
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    await StartClaimedAsync(claim);
                }
                finally
                {
                    _slots.Release();
                    Leave(claim.CaseId, entered[claim.CaseId]);
                }
            }, CancellationToken.None);
        }
    }

    /// <summary>Starts the case's workflow unless it started already (or is held elsewhere, or waits for its backoff).</summary>
    public async Task DispatchAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var guard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        while (!_inFlight.TryAdd(caseId, guard))
        {
            // Being started in this process right now: that dispatch's outcome is this one's.
            if (!_inFlight.TryGetValue(caseId, out var running)) continue;
            await running.Task.WaitAsync(cancellationToken);
            return;
        }
        try
        {
            var claims = await _claims.ClaimAsync([caseId], cancellationToken);
            if (claims.Count == 1) await StartClaimedAsync(claims[0]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ScanFailed(_logger, e.GetType().Name);
        }
        finally
        {
            Leave(caseId, guard);
        }
    }

    private void Leave(string caseId, TaskCompletionSource guard)
    {
        _inFlight.TryRemove(new KeyValuePair<string, TaskCompletionSource>(caseId, guard));
        guard.TrySetResult();
    }

    /// <summary>
    /// Not cancelled by the host stopping: a start runs to its end (or to its claim's start window) so that its row
    /// is marked; a start that could not begin inside the window gives the claim back instead.
    /// </summary>
    private async Task StartClaimedAsync(WorkflowStartClaim claim)
    {
        var instanceId = claim.ExistingInstanceId;
        try
        {
            if (instanceId is null)
            {
                var window = claim.StartBy - _clock.GetUtcNow();
                if (window <= TimeSpan.Zero)
                {
                    await ReleaseQuietlyAsync(claim);
                    return;
                }
                using var deadline = new CancellationTokenSource(window, _clock);
                instanceId = await StartAsync(claim, deadline.Token);
            }
            await _marks.MarkAsync(claim.CaseId, instanceId);
            WorkflowStarted(_logger, claim.CaseId, instanceId);
        }
        catch (Exception e)
        {
            await RecordFailureAsync(claim, e, instanceKnown: instanceId is not null);
        }
    }

    private async Task<string> StartAsync(WorkflowStartClaim claim, CancellationToken cancellationToken)
    {
        var inputs = JsonNode.Parse(claim.Inputs) as JsonObject
            ?? throw new InvalidOperationException("The outbox row's inputs are not a JSON object.");
        var run = await _runtime.StartAsync(claim.DefinitionId, inputs, correlationId: claim.CaseId, cancellationToken);
        return run.Instance?.Id ?? throw new InvalidOperationException($"Starting {claim.DefinitionId} gave no instance ({run.Outcome}).");
    }

    private async Task RecordFailureAsync(WorkflowStartClaim claim, Exception error, bool instanceKnown)
    {
        try
        {
            var retryAt = await _claims.FailedAsync(claim, error, instanceKnown, CancellationToken.None);
            StartFailed(_logger, claim.CaseId, claim.Attempts, error.GetType().Name, retryAt - _clock.GetUtcNow());
        }
        catch (Exception e)
        {
            ScanFailed(_logger, e.GetType().Name);
        }
    }

    private async Task ReleaseQuietlyAsync(WorkflowStartClaim claim)
    {
        try
        {
            await _claims.ReleaseAsync(claim, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The claim then simply expires.
            ScanFailed(_logger, e.GetType().Name);
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        _marks.Complete();
    }

    public async ValueTask DisposeAsync()
    {
        Dispose();
        await _marks.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow instance {InstanceId} runs case {CaseId}")]
    private static partial void WorkflowStarted(ILogger logger, string caseId, string instanceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Starting the workflow of case {CaseId} failed (attempt {Attempts}, {Error}); retrying in {Delay}")]
    private static partial void StartFailed(ILogger logger, string caseId, int attempts, string error, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The workflow-start outbox could not be read or written ({Error}); the next scan tries again")]
    private static partial void ScanFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "The workflow-start dispatcher is off (FormEngine:Workflows:DispatcherEnabled); this host only takes intake")]
    private static partial void DispatcherOff(ILogger logger);
}
