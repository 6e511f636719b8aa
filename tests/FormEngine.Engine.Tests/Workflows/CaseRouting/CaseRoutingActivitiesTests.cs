using System.Reflection;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class CaseRoutingActivitiesTests
{
    private readonly ActivityRegistry _registry = CaseRoutingActivities.AddTo(new ActivityRegistry());

    [Fact]
    public void Every_case_activity_in_the_folder_is_registered()
    {
        var declared = typeof(RouteToQueue).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(RouteToQueue).Namespace && t.GetCustomAttribute<ActivityAttribute>() is not null)
            .Select(t => t.GetCustomAttribute<ActivityAttribute>()!.Type);

        Assert.Equal(declared.Order(StringComparer.Ordinal), _registry.Descriptors.Select(d => d.Type).Order(StringComparer.Ordinal));
        Assert.Equal(9, _registry.Descriptors.Count);
    }

    [Theory]
    [InlineData("FormEngine.RouteToQueue", "Routed,NoSuchQueue", null, "queue,clinic")]
    [InlineData("FormEngine.AwaitStaffDecision", "Overdue", "decisions", "decisions,deadlineWorkingDays,deadlineCalendarDays,decisionVariable")]
    [InlineData("FormEngine.SendToResident", "Done", null, "message,kind,messageIdVariable")]
    [InlineData("FormEngine.AwaitResidentReply", "Replied,Overdue", null, "deadlineWorkingDays")]
    [InlineData("FormEngine.SetCaseStatus", "Done", null, "status")]
    [InlineData("FormEngine.NotifyResident", "Done", null, "text")]
    [InlineData("FormEngine.CloseCase", "Done", null, "reason")]
    [InlineData("FormEngine.RegisterListing", "Registered,Refused", null, "clinicField,effectiveFromField,clinicKeyVariable,clinicNameVariable,effectiveFromVariable,refusalVariable")]
    public void Describes_each_activity_for_the_designer_and_validator(string type, string outcomes, string? fromInput, string inputs)
    {
        var descriptor = _registry.Find(type)!;

        Assert.Equal((1, "Cases"), (descriptor.Version, descriptor.Category));
        Assert.NotEmpty(descriptor.Description);
        Assert.Equal(outcomes.Split(','), descriptor.Outcomes);
        Assert.Equal(fromInput, descriptor.OutcomesFromInput);
        Assert.Equal(inputs.Split(',').Order(StringComparer.Ordinal), descriptor.Inputs.Select(i => i.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("FormEngine.AwaitStaffDecision", "decisions")]
    [InlineData("FormEngine.NotifyResident", "text")]
    [InlineData("FormEngine.SendToResident", "message")]
    public void Inputs_that_must_not_be_expressions_are_literal_only(string type, string input) =>
        Assert.True(_registry.Find(type)!.Inputs.Single(i => i.Name == input).LiteralOnly);
}
