using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.CaseRouting;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>The runtime's activity registry as the validator sees it: what can run is what is known.</summary>
public sealed class RegistryActivityCatalog(ActivityRegistry registry) : IActivityCatalog
{
    /// <summary>
    /// Every activity our runtime executes (Elsa's and FormEngine's case activities), then Elsa's table for what
    /// the registry does not list (a nested Elsa.Flowchart).
    /// </summary>
    public static IActivityCatalog Default { get; } = ActivityCatalog.Combine(
        new RegistryActivityCatalog(CaseRoutingActivities.AddTo(ActivityRegistry.WithElsaActivities())),
        ActivityCatalog.ElsaBuiltIns);

    public ActivityTypeInfo? Find(string type) => registry.Find(type) is { } descriptor
        ? new ActivityTypeInfo(descriptor.Type, descriptor.Version, [.. descriptor.Inputs.Select(i => i.Name)], descriptor.Outcomes, descriptor.OutcomesFromInput)
        : null;

    public IEnumerable<string> Types => registry.Descriptors.Select(d => d.Type);
}
