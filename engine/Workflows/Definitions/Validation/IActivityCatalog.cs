namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// What the validator needs to know about activity types: their inputs and the outcomes (ports) they can complete
/// with. The runtime's activity registry provides one; <see cref="ActivityCatalog.ElsaBuiltIns"/> knows Elsa's own.
/// </summary>
public interface IActivityCatalog
{
    /// <returns>The type's description, or null when the type is unknown (it is then kept as it is, and reported).</returns>
    ActivityTypeInfo? Find(string type);

    /// <summary>Every known type name, for "did you mean".</summary>
    IEnumerable<string> Types { get; }
}

/// <param name="Type">Elsa's type name, e.g. <c>Elsa.WriteLine</c> or <c>FormEngine.AwaitStaffDecision</c>.</param>
/// <param name="Inputs">Input property names as they appear in the JSON (camelCase).</param>
/// <param name="Outcomes">The outcomes known before the activity runs (often just <c>Done</c>; none for a terminal node).</param>
/// <param name="OutcomesFromInput">The input whose literal value lists further outcomes: a switch's cases, a fork's branches, a staff decision's choices.</param>
/// <param name="Outputs">Output property names (<c>{typeName, memoryReference}</c> bindings), also valid properties.</param>
public sealed record ActivityTypeInfo(
    string Type, int Version, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outcomes, string? OutcomesFromInput = null)
{
    public IReadOnlyList<string> Outputs { get; init; } = [];

    /// <summary>Every property name the activity understands besides its envelope.</summary>
    public IEnumerable<string> Properties => Inputs.Concat(Outputs);
}
