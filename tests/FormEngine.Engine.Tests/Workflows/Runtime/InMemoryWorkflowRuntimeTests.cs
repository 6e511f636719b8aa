using FormEngine.Workflows.Persistence;

namespace FormEngine.Tests.Workflows.Runtime;

public sealed class InMemoryWorkflowRuntimeTests : WorkflowRuntimeComplianceTests
{
    protected override IWorkflowStore CreateStore() => new InMemoryWorkflowStore();
}
