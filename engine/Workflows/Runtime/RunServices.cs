using FormEngine.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// The host's services plus what belongs to one run: the <see cref="IEventPublisher"/> that records published
/// events in the instance's outbox. Answers <see cref="IServiceProviderIsService"/> too, so that
/// ActivatorUtilities sees the run's own services.
/// </summary>
internal sealed class RunServices(IServiceProvider inner, WorkflowState state) : IServiceProvider, IServiceProviderIsService, IEventPublisher
{
    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IEventPublisher) || serviceType == typeof(IServiceProviderIsService)) return this;
        return inner.GetService(serviceType);
    }

    public bool IsService(Type serviceType) =>
        serviceType == typeof(IEventPublisher)
        || (inner.GetService(typeof(IServiceProviderIsService)) is IServiceProviderIsService known ? known.IsService(serviceType) : inner.GetService(serviceType) is not null);

    public void Publish(string eventName, string? correlationId, System.Text.Json.Nodes.JsonNode? payload) =>
        state.Outbox.Add(new PublishedEvent(eventName, correlationId, payload?.DeepClone()));
}
