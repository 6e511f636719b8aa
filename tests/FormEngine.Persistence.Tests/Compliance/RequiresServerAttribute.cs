using Xunit.Abstractions;

namespace FormEngine.Persistence.Tests.Compliance;

/// <summary>
/// The store tests of this class need a database server named by an environment variable. Without it they are
/// skipped on a developer machine, but run (and fail loudly) when <c>CI=true</c>: CI must never pass by skipping.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresServerAttribute(string environmentVariable) : Attribute
{
    public string EnvironmentVariable { get; } = environmentVariable;

    public static string? SkipReason(ITypeInfo testClass)
    {
        foreach (var attribute in testClass.GetCustomAttributes(typeof(RequiresServerAttribute)))
        {
            var variable = attribute.GetConstructorArguments().Single() as string ?? "";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)) || IsCi) continue;
            return $"{variable} is not set: run ./test.sh (it starts a private PostgreSQL), or scripts/postgres.sh start and export {variable}=<its output>";
        }
        return null;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
