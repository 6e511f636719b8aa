using FormEngine.Workflows.Runtime;

namespace FormEngine.Persistence.Tests.Compliance;

public abstract partial class WorkflowStoreComplianceTests
{
    private async Task<WorkflowInstance> StartFaultedAsync(DateTimeOffset updatedAt)
    {
        var instance = NewInstance(WorkflowStatus.Finished, WorkflowSubStatus.Faulted, updatedAt: updatedAt);
        instance.Incidents.Add(new Incident(NewId("inc"), "act-1", "FormEngine.SendEmail", "Fault", "Det gick inte", null, updatedAt));
        return await StartAsync(instance);
    }

    [StoreFact]
    public async Task Faulted_instances_are_listed_newest_first_up_to_max()
    {
        var oldest = await StartFaultedAsync(T0.AddHours(1));
        var newest = await StartFaultedAsync(T0.AddHours(3));
        var middle = await StartFaultedAsync(T0.AddHours(2));
        await StartAsync(NewInstance(WorkflowStatus.Running, WorkflowSubStatus.Suspended, updatedAt: T0.AddHours(4)));
        await StartAsync(NewInstance(WorkflowStatus.Finished, WorkflowSubStatus.Finished, updatedAt: T0.AddHours(5)));

        Assert.Equal([newest.Id, middle.Id, oldest.Id], (await Store.FindFaultedAsync(10)).Select(i => i.Id));
        Assert.Equal([newest.Id, middle.Id], (await Store.FindFaultedAsync(2)).Select(i => i.Id));
        Assert.Single((await Store.FindFaultedAsync(1))[0].Incidents);
    }

    [StoreFact]
    public async Task Interrupted_instances_are_the_running_ones_not_suspended_on_a_bookmark()
    {
        var pending = await StartAsync(NewInstance(WorkflowStatus.Running, WorkflowSubStatus.Pending));
        var executing = await StartAsync(NewInstance(WorkflowStatus.Running, WorkflowSubStatus.Executing));
        await StartAsync(NewInstance(WorkflowStatus.Running, WorkflowSubStatus.Suspended), id => NewBookmark(id));
        await StartAsync(NewInstance(WorkflowStatus.Finished, WorkflowSubStatus.Finished));
        await StartAsync(NewInstance(WorkflowStatus.Finished, WorkflowSubStatus.Cancelled));
        await StartFaultedAsync(T0);

        var interrupted = await Store.FindInterruptedAsync(10);

        Assert.Equal(new[] { pending.Id, executing.Id }.Order(), interrupted.Select(i => i.Id).Order());
        Assert.Single(await Store.FindInterruptedAsync(1));
    }
}
