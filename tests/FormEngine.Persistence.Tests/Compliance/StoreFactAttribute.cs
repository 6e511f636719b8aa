using Xunit.Abstractions;
using Xunit.Sdk;

namespace FormEngine.Persistence.Tests.Compliance;

/// <summary>
/// A fact of the compliance suite. It runs in every subclass, except that a subclass marked
/// <see cref="RequiresServerAttribute"/> is skipped, with the reason, when its server is not configured outside CI.
/// (xunit 2 decides skipping per method attribute; this lets one inherited fact skip per store.)
/// </summary>
[XunitTestCaseDiscoverer("FormEngine.Persistence.Tests.Compliance.StoreFactDiscoverer", "FormEngine.Persistence.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase() { }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(sink, display, options, testMethod) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        RequiresServerAttribute.SkipReason(TestMethod.TestClass.Class) ?? base.GetSkipReason(factAttribute);
}
