using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class RouteToQueueTests
{
    private readonly InMemoryCases _cases = new InMemoryCases()
        .AddClinic("vc-norr", "inkorg", "recept")
        .AddClinic("vc-syd", "inkorg-syd")
        .AddCase("case-1", "vc-norr");

    [Fact]
    public async Task Empty_queue_routes_to_the_clinics_default_queue()
    {
        var result = await For(_cases).WithInput("queue", "").ExecuteAsync<RouteToQueue>();

        Assert.Equal([RouteToQueue.Routed], OutcomesOf(result));
        Assert.Equal("vc-norr/inkorg", Assert.Single(_cases.Events).Detail);
    }

    [Fact]
    public async Task Named_queue_of_the_clinic_is_routed()
    {
        var result = await For(_cases).WithInput("queue", "recept").ExecuteAsync<RouteToQueue>();

        Assert.Equal([RouteToQueue.Routed], OutcomesOf(result));
        Assert.Equal("recept", _cases.Find("case-1")!.QueueKey);
    }

    [Fact]
    public async Task Forwarding_to_another_clinic_moves_the_case_to_its_default_queue()
    {
        var result = await For(_cases).WithInput("clinic", "vc-syd").ExecuteAsync<RouteToQueue>();

        Assert.Equal([RouteToQueue.Routed], OutcomesOf(result));
        Assert.Equal(("vc-syd", "inkorg-syd"), (_cases.Find("case-1")!.ClinicKey, _cases.Find("case-1")!.QueueKey));
    }

    [Fact]
    public async Task Queue_and_clinic_may_come_from_an_expression()
    {
        var fixture = For(_cases);
        fixture.Context.Variables["RouteTarget"] = new System.Text.Json.Nodes.JsonObject { ["clinic"] = "vc-syd", ["queue"] = "inkorg-syd" };

        var result = await fixture.WithExpression("queue", "JavaScript", "variables.RouteTarget?.queue ?? ''")
            .WithExpression("clinic", "JavaScript", "variables.RouteTarget?.clinic ?? ''").ExecuteAsync<RouteToQueue>();

        Assert.Equal([RouteToQueue.Routed], OutcomesOf(result));
        Assert.Equal("vc-syd/inkorg-syd", Assert.Single(_cases.Events).Detail);
    }

    [Theory]
    [InlineData("", "finns-inte")]
    [InlineData("vc-finns-inte", "")]
    [InlineData("vc-syd", "recept")]
    public async Task A_queue_the_clinic_does_not_have_is_the_NoSuchQueue_outcome(string clinic, string queue)
    {
        var result = await For(_cases).WithInput("clinic", clinic).WithInput("queue", queue).ExecuteAsync<RouteToQueue>();

        Assert.Equal([RouteToQueue.NoSuchQueue], OutcomesOf(result));
        Assert.Null(_cases.Find("case-1")!.QueueKey);
    }

    [Fact]
    public async Task The_correlation_id_names_the_case_when_there_is_no_caseId_input()
    {
        var fixture = For(_cases, caseId: null);
        fixture.Context.CorrelationId = "case-1";

        var result = await fixture.ExecuteAsync<RouteToQueue>();

        Assert.Equal([RouteToQueue.Routed], OutcomesOf(result));
        Assert.Equal("case-1", Assert.Single(_cases.Events).CaseId);
    }

    [Fact]
    public async Task Without_a_case_it_faults()
    {
        var result = await For(_cases, caseId: null).ExecuteAsync<RouteToQueue>();

        Assert.Equal(CaseActivities.NoCase, FaultCodeOf(result));
        Assert.Empty(_cases.Events);
    }
}
