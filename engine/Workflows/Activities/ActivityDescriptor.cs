using System.Reflection;
using System.Text.Json.Serialization;

namespace FormEngine.Workflows.Activities;

/// <summary>
/// What the designer and the runtime know about an activity type, read once from its attributes.
/// Serialises to JSON for the designer's palette (the CLR parts are ignored).
/// </summary>
public sealed record ActivityDescriptor(
    string Type,
    int Version,
    string Category,
    string Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<string> Outcomes,
    string? OutcomesFromInput)
{
    [JsonIgnore] public Type ClrType { get; init; } = typeof(object);

    /// <summary>See <see cref="ActivityAttribute.Pure"/>.</summary>
    public bool Pure { get; init; }

    [JsonIgnore] public bool IsResumable => typeof(IResumableActivity).IsAssignableFrom(ClrType);

    public static ActivityDescriptor From(Type type)
    {
        var activity = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new ArgumentException($"{type.Name} has no [Activity] attribute.", nameof(type));
        var outcomes = type.GetCustomAttribute<OutcomesAttribute>();
        var inputs = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<InputAttribute>() is not null && p.CanWrite)
            .Select(InputDescriptor.From)
            .ToList();
        var terminal = typeof(ITerminalActivity).IsAssignableFrom(type);
        return new ActivityDescriptor(activity.Type, activity.Version, activity.Category, activity.Description, inputs,
            outcomes?.Outcomes ?? (terminal ? [] : [ActivityResult.Done]), outcomes?.FromInput)
        {
            ClrType = type,
            Pure = activity.Pure,
        };
    }
}

/// <param name="Name">The camelCase JSON property name.</param>
/// <param name="Type">A short type name for the designer: String, Boolean, Int32, TimeSpan, Object...</param>
public sealed record InputDescriptor(string Name, string Type, string Description, bool LiteralOnly)
{
    [JsonIgnore] public PropertyInfo Property { get; init; } = null!;

    public static InputDescriptor From(PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<InputAttribute>()!;
        return new InputDescriptor(CamelCase(property.Name), TypeName(property.PropertyType), attribute.Description, attribute.LiteralOnly)
        {
            Property = property,
        };
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string TypeName(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        if (bare == typeof(string[])) return "String[]";
        if (bare == typeof(System.Text.Json.Nodes.JsonNode)) return "Object";
        return bare.Name;
    }
}
