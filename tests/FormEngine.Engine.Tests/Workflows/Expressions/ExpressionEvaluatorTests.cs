using System.Text.Json.Nodes;
using FormEngine.Workflows.Expressions;

namespace FormEngine.Tests.Workflows.Expressions;

public sealed class ExpressionEvaluatorTests
{
    private readonly TestActivityContext _scope = new();
    private readonly ExpressionEvaluator _evaluator = new(ExpressionLimits.Default with { Timeout = TimeSpan.FromSeconds(5) });

    private JsonNode? Eval(string type, string value) => _evaluator.Evaluate(type, JsonValue.Create(value), _scope);

    [Fact]
    public void JavaScript_numbers_come_back_as_JSON_numbers() => Assert.Equal(2.5, Eval("JavaScript", "5 / 2")!.GetValue<double>());

    [Fact]
    public void JavaScript_sees_variables_inputs_and_identity()
    {
        _scope.Variables["Count"] = 2;
        _scope.Inputs["caseId"] = "c-1";
        _scope.CorrelationId = "corr";

        var result = Eval("JavaScript", "[getCount(), variables.Count, getVariable('Count'), getInput('caseId'), getCorrelationId(), getWorkflowInstanceId()].join('|')");

        Assert.Equal("2|2|2|c-1|corr|instance-1", result!.GetValue<string>());
    }

    [Fact]
    public void JavaScript_writes_variables_through_every_helper()
    {
        _scope.Variables["A"] = 0;
        _scope.Variables["B"] = 0;
        _scope.Variables["C"] = 0;

        Eval("JavaScript", "setA(1); setVariable('B', 2); variables.C = 3;");

        Assert.Equal([1.0, 2.0, 3.0], new[] { "A", "B", "C" }.Select(n => _scope.Variables[n]!.GetValue<double>()));
    }

    [Theory]
    [InlineData("while (true) {}")]
    [InlineData("function f() { return f(); } f()")]
    [InlineData("var a = []; while (true) a.push('xxxxxxxxxxxxxxxxxxxxxxxx');")]
    public void Runaway_JavaScript_is_stopped(string script) =>
        Assert.Equal(ExpressionException.Failed, Assert.Throws<ExpressionException>(() => Eval("JavaScript", script)).Code);

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    public void JavaScript_cannot_reach_the_CLR(string script) => Assert.Throws<ExpressionException>(() => Eval("JavaScript", script));

    [Fact]
    public void Liquid_renders_Variables_and_Input()
    {
        _scope.Variables["Name"] = "Anna";
        _scope.Inputs["clinicKey"] = "vc-norr";
        Assert.Equal("Anna på vc-norr", Eval("Liquid", "{{ Variables.Name }} på {{ Input.clinicKey }}")!.GetValue<string>());
    }

    [Theory]
    [InlineData("CSharp")]
    [InlineData("Python")]
    public void CSharp_and_Python_are_refused(string type) =>
        Assert.Equal(ExpressionException.Unsupported, Assert.Throws<ExpressionException>(() => Eval(type, "1")).Code);

    [Fact]
    public void Object_Variable_and_Input_expressions_read_what_they_name()
    {
        _scope.Variables["V"] = "från variabel";
        _scope.Inputs["I"] = 7;
        Assert.Equal(2, Eval("Object", "{\"a\": 2}")!["a"]!.GetValue<int>());
        Assert.Equal("från variabel", Eval("Variable", "V")!.GetValue<string>());
        Assert.Equal("från variabel", Eval("Variable", "{\"id\": \"x\", \"name\": \"V\"}")!.GetValue<string>());
        Assert.Equal(7, Eval("Input", "I")!.GetValue<int>());
    }
}
