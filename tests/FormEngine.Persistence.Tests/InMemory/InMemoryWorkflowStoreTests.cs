using FormEngine.Persistence.Tests.Compliance;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Persistence.Tests.InMemory;

/// <summary>The engine's in-memory store (CLI, engine tests) obeys the same contract as the databases.</summary>
public sealed class InMemoryWorkflowStoreTests : WorkflowStoreComplianceTests
{
    protected override IWorkflowStore CreateStore() => new InMemoryWorkflowStore();
}
