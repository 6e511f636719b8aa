using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.Elsa;

namespace FormEngine.Tests.Workflows.Activities;

public sealed class FlowActivityTests
{
    private readonly ActivityTestFixture _fixture = new();

    private static string[] Outcomes(ActivityResult result) => [.. Assert.IsType<ActivityResult.Completed>(result).Outcomes];

    [Fact]
    public async Task Start_and_FlowNode_complete_Done()
    {
        Assert.Equal(["Done"], Outcomes(await _fixture.ExecuteAsync<Start>()));
        Assert.Equal(["Done"], Outcomes(await _fixture.ExecuteAsync<FlowNode>()));
    }

    [Fact]
    public async Task End_is_terminal_for_its_flowchart_only_and_Finish_for_the_workflow()
    {
        Assert.Empty(Outcomes(await _fixture.ExecuteAsync<End>()));
        Assert.Empty(Outcomes(await _fixture.ExecuteAsync<Finish>()));
        Assert.False(new End().FinishesWorkflow);
        Assert.True(new Finish().FinishesWorkflow);
    }

    [Theory]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    public async Task FlowDecision_goes_by_a_literal_condition(string condition, string outcome) =>
        Assert.Equal([outcome], Outcomes(await _fixture.WithInput("condition", condition).ExecuteAsync<FlowDecision>()));

    [Theory]
    [InlineData(20, "True")]
    [InlineData(12, "False")]
    public async Task FlowDecision_evaluates_JavaScript(int age, string outcome)
    {
        _fixture.Context.Variables["Age"] = age;
        Assert.Equal([outcome], Outcomes(await _fixture.WithExpression("condition", "JavaScript", "getAge() >= 18").ExecuteAsync<FlowDecision>()));
    }

    private static JsonArray Cases(params (string Label, string Condition)[] cases) =>
        [.. cases.Select(c => (JsonNode)new JsonObject { ["label"] = c.Label, ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = c.Condition } })];

    [Fact]
    public async Task FlowSwitch_MatchFirst_takes_the_first_matching_case()
    {
        var result = await _fixture.WithProperty("cases", Cases(("A", "false"), ("B", "1 + 1 == 2"), ("C", "true"))).ExecuteAsync<FlowSwitch>();
        Assert.Equal(["B"], Outcomes(result));
    }

    [Fact]
    public async Task FlowSwitch_MatchAny_takes_every_matching_case()
    {
        var result = await _fixture.WithProperty("cases", Cases(("A", "false"), ("B", "true"), ("C", "'x' == 'x'")))
            .WithInput("mode", "MatchAny").ExecuteAsync<FlowSwitch>();
        Assert.Equal(["B", "C"], Outcomes(result));
    }

    [Fact]
    public async Task FlowSwitch_without_a_match_goes_Default()
    {
        var result = await _fixture.WithProperty("cases", Cases(("A", "false"))).ExecuteAsync<FlowSwitch>();
        Assert.Equal([FlowSwitch.Default], Outcomes(result));
    }

    [Fact]
    public async Task FlowFork_completes_with_every_branch()
    {
        Assert.Equal(["a", "b"], Outcomes(await _fixture.WithInput("branches", "a, b").ExecuteAsync<FlowFork>()));
        Assert.Equal(["x", "y"], Outcomes(await new ActivityTestFixture().WithInput("branches", new JsonArray("x", "y")).ExecuteAsync<FlowFork>()));
    }

    [Fact]
    public async Task FlowJoin_completes_Done_and_leaves_waiting_to_the_scheduler()
    {
        Assert.Equal(["Done"], Outcomes(await _fixture.WithInput("mode", "WaitAll").ExecuteAsync<FlowJoin>()));
        Assert.Equal(JoinMode.WaitAny, new FlowJoin().Mode);
    }
}
