using FormEngine.Diagnostics;
using FormEngine.Workflows.Definitions;

namespace FormEngine.WorkflowBenchmarks.Runtime;

/// <summary>
/// The benchmark's case workflow as an Elsa 3 JSON definition, step for step the same as WorkflowCore's
/// (<c>Peer/DecisionWorkflow.cs</c>): Start, set a status, wait for the "decision" event with the instance's
/// correlation id (the case id), set a status, End.
/// </summary>
public static class DecisionWorkflowJson
{
    public const string DefinitionId = "decision-case";
    public const string EventName = "decision";

    public const string Json = """
        {
          "id": "decision-case-v1",
          "definitionId": "decision-case",
          "name": "Beslut i ärende",
          "version": 1,
          "variables": [
            { "id": "Status", "name": "Status", "typeName": "String", "isArray": false, "value": null }
          ],
          "root": {
            "type": "Elsa.Flowchart",
            "id": "Flowchart1",
            "activities": [
              { "id": "start", "type": "Elsa.Start", "version": 1 },
              {
                "id": "received", "type": "Elsa.SetVariable", "version": 1,
                "variable": { "id": "Status", "name": "Status", "typeName": "String", "value": null },
                "value": { "typeName": "Object", "expression": { "type": "Literal", "value": "received" } }
              },
              {
                "id": "awaitDecision", "type": "Elsa.Event", "version": 1,
                "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "decision" } }
              },
              {
                "id": "decided", "type": "Elsa.SetVariable", "version": 1,
                "variable": { "id": "Status", "name": "Status", "typeName": "String", "value": null },
                "value": { "typeName": "Object", "expression": { "type": "Literal", "value": "decided" } }
              },
              { "id": "end", "type": "Elsa.End", "version": 1 }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "received", "port": "In" } },
              { "source": { "activity": "received", "port": "Done" }, "target": { "activity": "awaitDecision", "port": "In" } },
              { "source": { "activity": "awaitDecision", "port": "Done" }, "target": { "activity": "decided", "port": "In" } },
              { "source": { "activity": "decided", "port": "Done" }, "target": { "activity": "end", "port": "In" } }
            ]
          }
        }
        """;

    public static WorkflowDefinition Read()
    {
        var diagnostics = new DiagnosticBag();
        return WorkflowDefinitionReader.Read("decision-case.json", Json, diagnostics)
            ?? throw new InvalidOperationException("The benchmark workflow does not read: " + string.Join("; ", diagnostics.Items));
    }
}
