using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Workflows.Activities;

/// <summary>
/// The activity types a runtime can execute: an explicit list (one <see cref="Register{T}"/> line per activity),
/// described once by reflection. Instances are created per execution with the host's services, so an
/// activity's fields never leak between runs.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _byType = new(StringComparer.Ordinal);
    private readonly List<ActivityDescriptor> _ordered = [];

    public IReadOnlyList<ActivityDescriptor> Descriptors => _ordered;

    /// <summary>A registry with Elsa's built-in activities.</summary>
    public static ActivityRegistry WithElsaActivities() => Elsa.ElsaActivities.AddTo(new ActivityRegistry());

    public ActivityRegistry Register<T>() where T : class, IActivity
    {
        var descriptor = ActivityDescriptor.From(typeof(T));
        if (!_byType.TryAdd(descriptor.Type, descriptor))
            throw new InvalidOperationException($"Activity type '{descriptor.Type}' is registered twice.");
        _ordered.Add(descriptor);
        return this;
    }

    public ActivityDescriptor? Find(string type) => _byType.GetValueOrDefault(type);

    public bool Contains(string type) => _byType.ContainsKey(type);

    public IActivity Create(ActivityDescriptor descriptor, IServiceProvider services) =>
        (IActivity)ActivatorUtilities.CreateInstance(services, descriptor.ClrType);
}
