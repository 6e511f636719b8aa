namespace FormEngine.Workflows.Runtime;

/// <summary>
/// A minimal service provider for running workflows without a DI container (the CLI, small tests): the
/// services activities ask for, by type. The host passes its real container instead.
/// </summary>
public sealed class WorkflowServices : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public WorkflowServices Add<T>(T service) where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) =>
        serviceType == typeof(IServiceProvider) ? this : _services.GetValueOrDefault(serviceType);
}
