using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class NotifyResidentTests
{
    private readonly InMemoryCases _cases = new();

    [Fact]
    public async Task Without_a_text_it_queues_1177s_standard_notification()
    {
        var result = await For(_cases).ExecuteAsync<NotifyResident>();

        Assert.Equal([ActivityResult.Done], OutcomesOf(result));
        var queued = Assert.Single(_cases.Events);
        Assert.Equal((CaseEventKind.Notification, NotificationTexts.NewMessage), (queued.Kind, queued.Detail));
    }

    [Fact]
    public async Task Queues_a_fixed_text_as_written()
    {
        await For(_cases).WithInput("text", "Du har fått svar från din vårdcentral på 1177.").ExecuteAsync<NotifyResident>();

        Assert.Equal("Du har fått svar från din vårdcentral på 1177.", Assert.Single(_cases.Events).Detail);
    }

    [Theory]
    [InlineData("Hej {{ Variables.Name }}, du har ett meddelande.")]
    [InlineData("{% if true %}Hej{% endif %}")]
    [InlineData("Svar: ${variables.answer}")]
    public async Task A_text_with_template_tags_is_refused(string text)
    {
        var result = await For(_cases).WithInput("text", text).ExecuteAsync<NotifyResident>();

        Assert.Equal(NotifyResident.NotFixed, FaultCodeOf(result));
        Assert.Empty(_cases.Events);
    }

    [Fact]
    public async Task A_text_longer_than_a_fixed_notice_is_refused()
    {
        var result = await For(_cases).WithInput("text", new string('a', NotifyResident.MaxLength + 1)).ExecuteAsync<NotifyResident>();

        Assert.Equal(NotifyResident.NotFixed, FaultCodeOf(result));
    }

    // The activity only sees the evaluated text; refusing the expression itself is the binder's or validator's job.
    [Fact]
    public async Task A_text_given_as_an_expression_is_refused_before_anything_is_sent()
    {
        var fixture = For(_cases).WithExpression("text", "JavaScript", "'Ditt ärende: ' + getInput('formKey')");
        fixture.Context.Inputs["formKey"] = "fornya-recept";

        ActivityResult? result = null;
        var thrown = await Record.ExceptionAsync(async () => result = await fixture.ExecuteAsync<NotifyResident>());

        Assert.True(thrown is not null || result is ActivityResult.Faulted, "a literal-only input accepted a JavaScript expression");
        Assert.Empty(_cases.Events);
    }

    [Fact]
    public async Task Without_a_case_it_faults() =>
        Assert.Equal(CaseActivities.NoCase, FaultCodeOf(await For(_cases, caseId: null).ExecuteAsync<NotifyResident>()));
}
