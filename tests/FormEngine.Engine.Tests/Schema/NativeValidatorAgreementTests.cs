using Xunit.Abstractions;

namespace FormEngine.Tests.Schema;

/// <summary>
/// The property that makes our fast validator trustworthy: on thousands of generated submissions (after steps
/// 1-4) it accepts exactly what JsonSchema.Net accepts under the published JSON Schema. Step-6 rules are not
/// part of the schema and not compared. A failure prints CsCheck's seed and the smallest submission found.
/// </summary>
public sealed class NativeValidatorAgreementTests(ITestOutputHelper output)
{
    private const int PerTestForm = 1700;
    private const int PerDefinition = 600;

    public static TheoryData<string> TestFormNames => [.. TestForms.Names];

    public static TheoryData<string> DefinitionFiles => [.. TestForms.Definitions()];

    [Theory]
    [MemberData(nameof(TestFormNames))]
    public void Agrees_on_the_test_forms(string name)
    {
        var agreement = new Agreement(TestForms.Load(name)).Run(PerTestForm);
        output.WriteLine(agreement.Summary);

        Assert.Empty(agreement.Coverage.OneSided());
        Assert.InRange(agreement.Valid, agreement.Total / 10, agreement.Total);
        Assert.InRange(agreement.Invalid, agreement.Total / 10, agreement.Total);
    }

    [Theory]
    [MemberData(nameof(DefinitionFiles))]
    public void Agrees_on_the_real_definitions(string file)
    {
        var agreement = new Agreement(TestForms.FromFile(file)).Run(PerDefinition);
        output.WriteLine(agreement.Summary);

        Assert.True(agreement.Valid > 0 && agreement.Invalid > 0, agreement.Summary);
    }

    [Fact]
    public void Every_real_definition_is_found() => Assert.Contains(TestForms.Definitions(), f => f.EndsWith("begar-intyg/form.yaml", StringComparison.Ordinal));
}
