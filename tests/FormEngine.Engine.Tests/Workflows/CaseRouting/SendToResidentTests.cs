using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class SendToResidentTests
{
    private readonly InMemoryCases _cases = new();
    private readonly ActivityTestFixture _fixture;

    public SendToResidentTests()
    {
        _fixture = For(_cases);
        _fixture.Context.Inputs["formKey"] = "fornya-recept";
    }

    [Fact]
    public async Task Renders_the_liquid_message_with_variables_and_input_and_sends_it()
    {
        _fixture.Context.Variables["StaffDecision"] = new JsonObject { ["message"] = "Receptet är förnyat." };

        var result = await _fixture.WithInput("message", "{{ Variables.StaffDecision.message }} (ärende {{ Input.formKey }})").ExecuteAsync<SendToResident>();

        Assert.Equal([ActivityResult.Done], OutcomesOf(result));
        var sent = Assert.Single(_cases.Events);
        Assert.Equal((CaseEventKind.Information, "Receptet är förnyat. (ärende fornya-recept)"), (sent.Kind, sent.Detail));
    }

    [Fact]
    public async Task A_question_is_sent_as_one_and_its_id_kept_in_the_named_variable()
    {
        await _fixture.WithInput("message", "Hur länge har du haft besvären?").WithInput("kind", ResidentMessageKind.Question)
            .WithInput("messageIdVariable", "QuestionId").ExecuteAsync<SendToResident>();

        var sent = Assert.Single(_cases.Events);
        Assert.Equal(CaseEventKind.Question, sent.Kind);
        Assert.Equal(sent.MessageId, _fixture.Context.Variables["QuestionId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_value_that_looks_like_a_template_is_not_rendered_a_second_time()
    {
        _fixture.Context.Variables["StaffDecision"] = new JsonObject { ["message"] = "Skriv {{ Input.formKey }} i svaret" };

        await _fixture.WithInput("message", "{{ Variables.StaffDecision.message }}").ExecuteAsync<SendToResident>();

        Assert.Equal("Skriv {{ Input.formKey }} i svaret", Assert.Single(_cases.Events).Detail);
    }

    [Fact]
    public async Task An_unknown_kind_faults_and_sends_nothing()
    {
        var result = await _fixture.WithInput("message", "Hej").WithInput("kind", "sms").ExecuteAsync<SendToResident>();

        Assert.Equal(SendToResident.UnknownKind, FaultCodeOf(result));
        Assert.Empty(_cases.Events);
    }

    [Fact]
    public async Task A_message_that_renders_empty_faults_and_sends_nothing()
    {
        var result = await _fixture.WithInput("message", "{{ Variables.Missing }}").ExecuteAsync<SendToResident>();

        Assert.Equal(SendToResident.EmptyMessage, FaultCodeOf(result));
        Assert.Empty(_cases.Events);
    }

    [Fact]
    public async Task Without_a_case_it_faults()
    {
        _fixture.Context.Inputs.Remove("caseId");

        Assert.Equal(CaseActivities.NoCase, FaultCodeOf(await _fixture.WithInput("message", "Hej").ExecuteAsync<SendToResident>()));
    }
}
