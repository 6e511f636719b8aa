using System.Reflection;
using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Definitions.Validation;

namespace FormEngine.Tests.Workflows.CaseRouting;

/// <summary>
/// The shape of definitions/workflows/standard-case.json, checked without a runtime: every FormEngine
/// activity exists with the inputs given, every port is one its activity can produce, and the graph has no
/// implicit joins (each activity has one forward inbound edge; loops are backward edges).
/// </summary>
public class StandardCaseDefinitionTests
{
    private static readonly JsonObject Definition = (JsonObject)JsonNode.Parse(
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "definitions/workflows/standard-case.json")))!;

    private static readonly JsonArray Activities = Definition["root"]!["activities"]!.AsArray();
    private static readonly JsonArray Connections = Definition["root"]!["connections"]!.AsArray();

    private static readonly Dictionary<string, Type> CaseActivityTypes = typeof(RouteToQueue).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(RouteToQueue).Namespace && t.GetCustomAttribute<ActivityAttribute>() is not null)
        .ToDictionary(t => t.GetCustomAttribute<ActivityAttribute>()!.Type);

    private static readonly Dictionary<string, string[]> ElsaOutcomes = new()
    {
        ["Elsa.Start"] = ["Done"], ["Elsa.End"] = [], ["Elsa.Fault"] = [], ["Elsa.SetVariable"] = ["Done"],
    };

    [Fact]
    public void Is_the_standard_case_definition_in_elsa_3_format()
    {
        Assert.Equal("https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json", Definition["$schema"]!.GetValue<string>());
        Assert.Equal(("standard-case", 2), (Definition["definitionId"]!.GetValue<string>(), Definition["version"]!.GetValue<int>()));
        Assert.Equal("Elsa.Flowchart", Definition["root"]!["type"]!.GetValue<string>());
        var inputs = Definition["inputs"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "caseId", "clinicKey", "formKey", "formVersion", "submissionId" }, inputs.ToHashSet());
        Assert.All(Connections, c => Assert.Equal("In", c!["target"]!["port"]!.GetValue<string>()));
    }

    [Fact]
    public void The_workflow_validator_reports_nothing()
    {
        var file = Path.Combine(RepositoryRoot.Path, "definitions/workflows/standard-case.json");

        var validation = new WorkflowValidator().Validate(file, File.ReadAllText(file));

        Assert.Empty(validation.Diagnostics);
    }

    [Fact]
    public void Every_activity_type_is_known_and_every_input_is_one_it_declares()
    {
        foreach (var activity in Activities.Select(a => a!.AsObject()))
        {
            var type = activity["type"]!.GetValue<string>();
            if (ElsaOutcomes.ContainsKey(type)) continue;
            Assert.True(CaseActivityTypes.TryGetValue(type, out var clr), $"unknown activity type {type}");
            var declared = ActivityDescriptor.From(clr).Inputs.Select(i => i.Name).ToHashSet();
            var given = activity.Select(p => p.Key).Except(["id", "nodeId", "name", "type", "version", "customProperties", "metadata"]);
            Assert.All(given, input => Assert.Contains(input, declared));
        }
    }

    [Fact]
    public void Every_connection_leaves_a_port_its_activity_can_complete_with()
    {
        var byId = Activities.ToDictionary(a => a!["id"]!.GetValue<string>(), a => a!.AsObject());
        foreach (var connection in Connections)
        {
            var source = byId[connection!["source"]!["activity"]!.GetValue<string>()];
            Assert.True(byId.ContainsKey(connection["target"]!["activity"]!.GetValue<string>()));
            Assert.Contains(connection["source"]!["port"]!.GetValue<string>(), OutcomesOf(source));
        }
    }

    [Fact]
    public void Every_staff_decision_is_connected()
    {
        var decisions = Connections.Where(c => c!["source"]!["activity"]!.GetValue<string>() == "awaitDecision")
            .Select(c => c!["source"]!["port"]!.GetValue<string>()).Order(StringComparer.Ordinal);

        Assert.Equal(["Answered", "AskResident", "Close", "Forward", "Overdue"], decisions);
    }

    [Fact]
    public void Has_no_implicit_joins_only_loops_back()
    {
        var edges = Connections.Select(c => (From: c!["source"]!["activity"]!.GetValue<string>(), To: c["target"]!["activity"]!.GetValue<string>())).ToList();
        var dominators = Dominators(edges, "start");

        var forward = edges.Where(e => !dominators[e.From].Contains(e.To)).ToList();

        Assert.All(forward.GroupBy(e => e.To), g => Assert.Single(g));
        Assert.Equal(
            [("awaitReply", "route"), ("rememberForward", "route"), ("statusSvarstid", "awaitDecision")],
            edges.Except(forward).Order());
    }

    private static IReadOnlyList<string> OutcomesOf(JsonObject activity)
    {
        var type = activity["type"]!.GetValue<string>();
        if (ElsaOutcomes.TryGetValue(type, out var elsa)) return elsa;
        var outcomes = CaseActivityTypes[type].GetCustomAttribute<OutcomesAttribute>()!;
        var fromInput = outcomes.FromInput is { } name
            ? JsonNode.Parse(activity[name]!["expression"]!["value"]!.GetValue<string>())!.AsArray().Select(d => d!.GetValue<string>())
            : [];
        return [.. outcomes.Outcomes, .. fromInput];
    }

    // Iterative dominator sets: small graph, clarity over speed.
    private static Dictionary<string, HashSet<string>> Dominators(List<(string From, string To)> edges, string start)
    {
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Append(start).ToHashSet();
        var dom = nodes.ToDictionary(n => n, n => n == start ? new HashSet<string> { start } : new HashSet<string>(nodes));
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var node in nodes.Where(n => n != start))
            {
                var preds = edges.Where(e => e.To == node).Select(e => dom[e.From]).ToList();
                var next = preds.Count == 0 ? [] : preds.Skip(1).Aggregate(new HashSet<string>(preds[0]), (acc, s) => { acc.IntersectWith(s); return acc; });
                next.Add(node);
                if (!next.SetEquals(dom[node])) { dom[node] = next; changed = true; }
            }
        }
        return dom;
    }
}
