using System.Text.Json;
using FormEngine.Workflows.Activities;

namespace FormEngine.Tests.Workflows.Activities;

public sealed class ActivityRegistryTests
{
    private readonly ActivityRegistry _registry = ActivityRegistry.WithElsaActivities();

    [Fact]
    public void Every_built_in_Elsa_activity_is_registered_once()
    {
        string[] expected = ["Elsa.Start", "Elsa.End", "Elsa.FlowNode", "Elsa.Finish", "Elsa.FlowDecision", "Elsa.FlowSwitch", "Elsa.FlowFork", "Elsa.FlowJoin",
            "Elsa.SetVariable", "Elsa.SetOutput", "Elsa.SetName", "Elsa.Correlate", "Elsa.WriteLine", "Elsa.Delay", "Elsa.Timer", "Elsa.StartAt",
            "Elsa.Event", "Elsa.PublishEvent", "Elsa.RunTask", "Elsa.Fault"];
        Assert.Equal(expected, _registry.Descriptors.Select(d => d.Type));
        Assert.Throws<InvalidOperationException>(() => _registry.Register<FormEngine.Workflows.Activities.Elsa.Start>());
    }

    [Fact]
    public void Descriptors_carry_inputs_in_camelCase_and_outcomes()
    {
        var decision = _registry.Find("Elsa.FlowDecision")!;
        Assert.Equal(["True", "False"], decision.Outcomes);
        Assert.Equal(("condition", "Boolean"), (decision.Inputs[0].Name, decision.Inputs[0].Type));
        var fork = _registry.Find("Elsa.FlowFork")!;
        Assert.Equal(("branches", "String[]"), (fork.Inputs[0].Name, fork.Inputs[0].Type));
        Assert.Equal("branches", fork.OutcomesFromInput);
        Assert.Empty(_registry.Find("Elsa.End")!.Outcomes);
    }

    [Fact]
    public void Descriptors_serialise_for_the_designer_without_CLR_details()
    {
        var json = JsonSerializer.Serialize(_registry.Descriptors, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        using var document = JsonDocument.Parse(json);
        var delay = document.RootElement.EnumerateArray().Single(d => d.GetProperty("type").GetString() == "Elsa.Delay");
        Assert.Equal("timeSpan", delay.GetProperty("inputs")[0].GetProperty("name").GetString());
        Assert.DoesNotContain("clrType", json);
        Assert.DoesNotContain("property", json, StringComparison.OrdinalIgnoreCase);
    }
}
