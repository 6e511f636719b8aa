using System.Threading.Channels;

namespace FormEngine.Host.Cases;

/// <summary>
/// The in-process doorbell of the workflow-start outbox: intake rings it after its commit so the workflow starts
/// at once; the rows in the database are the truth (a lost nudge only delays a start until the next scan).
/// </summary>
public sealed class WorkflowStartOutbox
{
    /// <summary>What the dispatcher reads: a case id, or <see cref="ScanAll"/> to look at every pending row.</summary>
    internal const string ScanAll = "";

    private readonly Channel<string> _channel = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    internal ChannelReader<string> Reader => _channel.Reader;

    /// <summary>Start the workflow of this case soon. Never blocks; when the channel is full the next scan finds the row.</summary>
    public void Nudge(string caseId) => _channel.Writer.TryWrite(caseId);

    /// <summary>Look at every pending row (at start-up and periodically, for rows whose nudge was lost or failed).</summary>
    public void NudgeAll() => _channel.Writer.TryWrite(ScanAll);
}
