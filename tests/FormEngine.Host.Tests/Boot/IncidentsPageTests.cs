using System.Net;
using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.Boot;

public sealed class IncidentsPageTests
{
    [Fact]
    public async Task An_administrator_sees_faulted_instances_and_can_retry_and_cancel_them()
    {
        using var folder = new TempFolder();
        using var host = new BootHost(folder.File("app.db"));
        var runtime = host.Services.GetRequiredService<WorkflowRuntime>();
        var faulting = FaultingWorkflow();
        var retried = (await runtime.StartAsync(faulting)).Instance!.Id;
        var cancelled = (await runtime.StartAsync(faulting)).Instance!.Id;
        var admin = host.Browser();
        await PageForms.PostAsync(admin, "/personal/logga-in", new Dictionary<string, string> { ["HsaId"] = "SE2321000065-P00000000007" });

        var page = await admin.GetStringAsync("/admin/incidenter");
        Assert.Contains(retried, page);
        Assert.Contains(cancelled, page);
        Assert.Contains("Demo: the cause", page);

        var retry = await PageForms.PostAsync(admin, "/admin/incidenter?handler=Retry", new Dictionary<string, string> { ["instanceId"] = retried }, "/admin/incidenter");
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Contains("kördes igen men fick ett nytt fel", await admin.GetStringAsync("/admin/incidenter"));
        var cancel = await PageForms.PostAsync(admin, "/admin/incidenter?handler=Cancel", new Dictionary<string, string> { ["instanceId"] = cancelled }, "/admin/incidenter");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);

        var store = host.Services.GetRequiredService<IWorkflowStore>();
        Assert.Equal(WorkflowSubStatus.Cancelled, (await store.FindInstanceAsync(cancelled))!.SubStatus);
        var again = (await store.FindInstanceAsync(retried))!;
        Assert.Equal(WorkflowSubStatus.Faulted, again.SubStatus);
        Assert.Equal(2, again.Incidents.Count);
        var after = await admin.GetStringAsync("/admin/incidenter");
        Assert.Contains($"Instansen {cancelled} är avbruten.", after);
        Assert.DoesNotContain($"id=\"instans-{cancelled}\"", after);
        Assert.Contains($"id=\"instans-{retried}\"", after);
    }

    [Fact]
    public async Task Retry_without_the_antiforgery_token_is_refused()
    {
        using var folder = new TempFolder();
        using var host = new BootHost(folder.File("app.db"));
        var admin = host.Browser();
        await PageForms.PostAsync(admin, "/personal/logga-in", new Dictionary<string, string> { ["HsaId"] = "SE2321000065-P00000000007" });

        var response = await admin.PostAsync("/admin/incidenter?handler=Retry", new FormUrlEncodedContent(new Dictionary<string, string> { ["instanceId"] = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static WorkflowDefinition FaultingWorkflow()
    {
        static JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
        var json = new JsonObject
        {
            ["id"] = "boot-faulting-v1", ["definitionId"] = "boot-faulting", ["name"] = "boot-faulting", ["version"] = 1,
            ["variables"] = new JsonArray(),
            ["root"] = new JsonObject
            {
                ["type"] = "Elsa.Flowchart", ["id"] = "Flowchart1",
                ["activities"] = new JsonArray(
                    new JsonObject { ["id"] = "Start1", ["type"] = "Elsa.Start", ["version"] = 1 },
                    new JsonObject { ["id"] = "Fault1", ["type"] = "Elsa.Fault", ["version"] = 1, ["code"] = Literal("Demo"), ["message"] = Literal("the cause") }),
                ["connections"] = new JsonArray(new JsonObject
                {
                    ["source"] = new JsonObject { ["activity"] = "Start1", ["port"] = "Done" },
                    ["target"] = new JsonObject { ["activity"] = "Fault1", ["port"] = "In" },
                }),
            },
        };
        var diagnostics = new DiagnosticBag();
        var definition = WorkflowDefinitionReader.Read("boot-faulting.json", json.ToJsonString(), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return definition!;
    }
}
