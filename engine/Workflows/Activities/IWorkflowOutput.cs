namespace FormEngine.Workflows.Activities;

/// <summary>Where <c>Elsa.WriteLine</c> writes: the CLI prints it, tests collect it, the host logs it.</summary>
public interface IWorkflowOutput
{
    void WriteLine(string text);
}

/// <summary>Keeps every line in order; thread-safe, for the CLI and tests.</summary>
public sealed class CollectingWorkflowOutput : IWorkflowOutput
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines { get { lock (_lines) return [.. _lines]; } }

    public void WriteLine(string text) { lock (_lines) _lines.Add(text); }
}
