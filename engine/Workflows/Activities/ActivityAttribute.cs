namespace FormEngine.Workflows.Activities;

/// <summary>
/// Marks a class as a workflow activity: its Elsa type name (<c>Elsa.WriteLine</c>, <c>FormEngine.RouteToQueue</c>),
/// version, designer category and description. Never rename a type; raise its version instead.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string type) : Attribute
{
    public string Type { get; } = type;
    public int Version { get; init; } = 1;
    public string Category { get; init; } = "Primitives";
    public string Description { get; init; } = "";

    /// <summary>
    /// The activity touches nothing outside its workflow instance (variables, flow, bookmarks), so running it
    /// again after a crash is harmless and the runtime need not commit around it. Leave false for anything
    /// that calls a service: then its effects happen once.
    /// </summary>
    public bool Pure { get; init; }
}

/// <summary>
/// A typed input read from the activity's JSON (<c>{typeName, expression: {type, value}}</c>, property name in
/// camelCase) and evaluated before the activity runs. Supported property types: string, bool, int, long,
/// decimal, double, TimeSpan, DateTimeOffset, string[], JsonNode.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class InputAttribute : Attribute
{
    public string Description { get; init; } = "";
    /// <summary>A literal the author must give (no expression): e.g. the decisions an activity offers.</summary>
    public bool LiteralOnly { get; init; }
}

/// <summary>
/// The outcomes (ports) an activity can complete with, known before it runs. Outcomes that depend on the
/// activity's inputs (a switch's cases, a fork's branches, a staff decision's choices) are named by
/// <see cref="FromInput"/>: the input whose literal value lists them (strings, or objects with a label).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutcomesAttribute(params string[] outcomes) : Attribute
{
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
    public string? FromInput { get; init; }
}
