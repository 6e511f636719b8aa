using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.Elsa;

namespace FormEngine.Tests.Workflows.Activities;

public sealed class PrimitiveActivityTests
{
    private readonly ActivityTestFixture _fixture = new();

    [Fact]
    public async Task SetVariable_sets_by_name()
    {
        var result = await _fixture.WithInput("variable", "Count").WithExpression("value", "JavaScript", "40 + 2").ExecuteAsync<SetVariable>();
        Assert.Equal(ActivityResult.DoneResult, result);
        Assert.Equal(42, _fixture.Context.Variables["Count"]!.GetValue<double>());
    }

    [Fact]
    public async Task SetVariable_accepts_Elsas_variable_object()
    {
        await _fixture.WithProperty("variable", new JsonObject { ["id"] = "v1", ["name"] = "Name" }).WithInput("value", "Anna").ExecuteAsync<SetVariable>();
        Assert.Equal("Anna", _fixture.Context.Variables["Name"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetVariable_without_a_variable_faults()
    {
        var fault = Assert.IsType<ActivityResult.Faulted>(await _fixture.WithInput("value", 1).ExecuteAsync<SetVariable>());
        Assert.Equal("InvalidInput", fault.Code);
    }

    [Fact]
    public async Task SetOutput_sets_a_workflow_output_and_faults_without_a_name()
    {
        Assert.Equal(ActivityResult.DoneResult, await _fixture.WithInput("outputName", "summa").WithInput("outputValue", 5).ExecuteAsync<SetOutput>());
        Assert.Equal(5, _fixture.Context.Outputs["summa"]!.GetValue<int>());
        Assert.IsType<ActivityResult.Faulted>(await new ActivityTestFixture().WithInput("outputValue", 5).ExecuteAsync<SetOutput>());
    }

    [Fact]
    public async Task SetName_names_the_instance()
    {
        await _fixture.WithExpression("value", "Liquid", "Ärende {{ Input.nr }}").Also(f => f.Context.Inputs["nr"] = 7).ExecuteAsync<SetName>();
        Assert.Equal("Ärende 7", _fixture.Context.InstanceName);
    }

    [Fact]
    public async Task Correlate_sets_the_correlation_id()
    {
        Assert.Equal(ActivityResult.DoneResult, await _fixture.WithInput("correlationId", "case-9").ExecuteAsync<Correlate>());
        Assert.Equal("case-9", _fixture.Context.CorrelationId);
    }

    [Fact]
    public async Task WriteLine_writes_its_text()
    {
        Assert.Equal(ActivityResult.DoneResult, await _fixture.WithInput("text", "Hej").ExecuteAsync<WriteLine>());
        Assert.Equal(["Hej"], _fixture.Output.Lines);
    }

    [Fact]
    public async Task Fault_faults_with_its_code_and_message()
    {
        var fault = Assert.IsType<ActivityResult.Faulted>(await _fixture.WithInput("code", "E1").WithInput("message", "Fel").ExecuteAsync<Fault>());
        Assert.Equal(("E1", "Fel"), (fault.Code, fault.Message));
    }

    [Fact]
    public async Task An_input_of_the_wrong_type_is_reported_with_its_name()
    {
        var error = await Assert.ThrowsAsync<InputBindingException>(() => _fixture.WithInput("timeSpan", "five minutes").ExecuteAsync<Delay>());
        Assert.Equal("timeSpan", error.Input);
    }
}

internal static class FixtureExtensions
{
    public static ActivityTestFixture Also(this ActivityTestFixture fixture, Action<ActivityTestFixture> change)
    {
        change(fixture);
        return fixture;
    }
}
