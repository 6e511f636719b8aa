using System.Text.Json.Nodes;
using FormEngine.Definitions;
using FormEngine.Definitions.Loading;
using FormEngine.Workflows.Definitions.Validation;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// The shape of definitions/workflows/invanararende.json and its contract with the templates that name it,
/// checked without a runtime.
/// </summary>
public class InvanararendeDefinitionTests
{
    private static readonly string File = Path.Combine(RepositoryRoot.Path, "definitions/workflows/invanararende.json");
    private static readonly JsonObject Definition = (JsonObject)JsonNode.Parse(System.IO.File.ReadAllText(File))!;

    [Fact]
    public void The_workflow_validator_reports_nothing()
    {
        var validation = new WorkflowValidator().Validate(File, System.IO.File.ReadAllText(File));

        Assert.Empty(validation.Diagnostics);
    }

    [Fact]
    public void Is_an_elsa_3_definition_declaring_every_input_the_host_passes()
    {
        Assert.Equal(("invanararende", 1), (Definition["definitionId"]!.GetValue<string>(), Definition["version"]!.GetValue<int>()));
        Assert.Equal("Elsa.Flowchart", Definition["root"]!["type"]!.GetValue<string>());
        var inputs = Definition["inputs"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "caseId", "clinicKey", "formKey", "formVersion", "messageKind", "messageText", "queueKey", "replyTimeDays", "residentReplyDays" },
            inputs);
    }

    [Fact]
    public void Every_staff_decision_and_the_deadlines_are_connected()
    {
        var ports = Definition["root"]!["connections"]!.AsArray()
            .Select(c => (From: c!["source"]!["activity"]!.GetValue<string>(), Port: c["source"]!["port"]!.GetValue<string>()))
            .ToList();

        Assert.Equal(["Answered", "AskResident", "Close", "Overdue"],
            ports.Where(p => p.From == "awaitDecision").Select(p => p.Port).Order(StringComparer.Ordinal));
        Assert.Equal(["Overdue", "Replied"], ports.Where(p => p.From == "awaitReply").Select(p => p.Port).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_staff_initiated_form_names_this_workflow()
    {
        var forms = DefinitionFiles.FindForms(Path.Combine(RepositoryRoot.Path, "definitions"))
            .Select(f => new FormLoader().Load(f).Form!.Definition)
            .Where(d => d.Flow == FlowType.StaffInitiated)
            .ToList();

        Assert.Equal(4, forms.Count);
        Assert.All(forms, f => Assert.Equal(Definition["definitionId"]!.GetValue<string>(), f.Workflow));
    }
}
