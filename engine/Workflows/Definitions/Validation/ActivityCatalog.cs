namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>A fixed list of activity types; <see cref="Combine"/> lets the runtime's registry take precedence over Elsa's table.</summary>
public sealed class ActivityCatalog : IActivityCatalog
{
    private const string Done = "Done";
    private readonly Dictionary<string, ActivityTypeInfo> _types = new(StringComparer.Ordinal);

    public ActivityCatalog(IEnumerable<ActivityTypeInfo> types)
    {
        foreach (var type in types) _types.TryAdd(type.Type, type);
    }

    public ActivityTypeInfo? Find(string type) => _types.GetValueOrDefault(type);

    public IEnumerable<string> Types => _types.Keys;

    /// <summary>The first catalogue that knows a type answers for it.</summary>
    public static IActivityCatalog Combine(params IActivityCatalog[] catalogs) => new Combined(catalogs);

    /// <summary>
    /// Elsa 3's built-in activities that our engine runs (docs: elsa3-format.md), with their inputs in the JSON's
    /// camelCase. Elsa.Flowchart is listed so that a misspelt nested flowchart gets a suggestion.
    /// </summary>
    public static ActivityCatalog ElsaBuiltIns { get; } = new(
    [
        new("Elsa.Flowchart", 1, ["activities", "connections", "variables", "start", "applicationProperties"], [Done]),
        new("Elsa.Start", 1, [], [Done]),
        new("Elsa.End", 1, [], []),
        new("Elsa.Finish", 1, [], []),
        new("Elsa.FlowNode", 1, ["body"], [Done]),
        new("Elsa.FlowDecision", 1, ["condition"], ["True", "False"]),
        new("Elsa.FlowSwitch", 1, ["cases", "mode"], ["Default"], OutcomesFromInput: "cases"),
        new("Elsa.FlowFork", 1, ["branches"], [], OutcomesFromInput: "branches"),
        new("Elsa.FlowJoin", 1, ["mode"], [Done]),
        new("Elsa.SetVariable", 1, ["variable", "value"], [Done]),
        new("Elsa.SetOutput", 1, ["outputName", "outputValue"], [Done]),
        new("Elsa.SetName", 1, ["value"], [Done]),
        new("Elsa.Correlate", 1, ["correlationId"], [Done]),
        new("Elsa.WriteLine", 1, ["text"], [Done]),
        new("Elsa.Delay", 1, ["timeSpan"], [Done]),
        new("Elsa.Timer", 1, ["interval"], [Done]),
        new("Elsa.StartAt", 1, ["dateTime"], [Done]),
        new("Elsa.Event", 1, ["eventName"], [Done]) { Outputs = ["result"] },
        new("Elsa.PublishEvent", 1, ["eventName", "correlationId", "isLocal", "payload"], [Done]),
        new("Elsa.RunTask", 1, ["taskName", "payload"], [Done]) { Outputs = ["result"] },
        new("Elsa.Fault", 1, ["code", "category", "message"], []),
    ]);

    private sealed class Combined(IActivityCatalog[] catalogs) : IActivityCatalog
    {
        /// <summary>The first answers; outputs are pooled, since the registry describes inputs only.</summary>
        public ActivityTypeInfo? Find(string type)
        {
            var found = catalogs.Select(c => c.Find(type)).OfType<ActivityTypeInfo>().ToList();
            return found.Count == 0 ? null : found[0] with { Outputs = [.. found.SelectMany(f => f.Outputs).Distinct(StringComparer.Ordinal)] };
        }

        public IEnumerable<string> Types => catalogs.SelectMany(c => c.Types).Distinct(StringComparer.Ordinal);
    }
}
