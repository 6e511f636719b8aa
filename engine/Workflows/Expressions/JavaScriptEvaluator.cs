using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime.Interop;
using JintJson = Jint.Native.Json;

namespace FormEngine.Workflows.Expressions;

/// <summary>
/// Elsa's JavaScript expressions, run by Jint with CLR access off and with time, statement, memory and recursion
/// limits. Values cross as JSON, so numbers come back as JSON numbers (doubles in JavaScript).
/// A fresh engine per evaluation: Jint engines are not thread-safe, and no state may leak between instances.
/// </summary>
internal sealed class JavaScriptEvaluator(ExpressionLimits limits)
{
    public JsonNode? Evaluate(string script, IExpressionScope scope)
    {
        var engine = new Engine(options => options
            .TimeoutInterval(limits.Timeout)
            .MaxStatements(limits.MaxStatements)
            .LimitMemory(limits.MemoryBytes)
            .LimitRecursion(limits.RecursionDepth));
        var before = new Dictionary<string, string>();
        try
        {
            DefineFunctions(engine, scope);
            var variables = new JsonObject();
            foreach (var name in scope.VariableNames)
            {
                var value = scope.GetVariable(name);
                variables[name] = value?.DeepClone();
                before[name] = value?.ToJsonString() ?? "null";
            }
            engine.SetValue("variables", Parse(engine, variables));
            var result = engine.Evaluate(script);
            WriteBackVariables(engine, scope, before);
            return ToJson(engine, result);
        }
        catch (ExpressionException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new ExpressionException(ExpressionException.Failed, $"JavaScript expression failed: {e.Message}", e);
        }
    }

    private static void DefineFunctions(Engine engine, IExpressionScope scope)
    {
        Define(engine, "getVariable", args => Parse(engine, scope.GetVariable(Text(args, 0))));
        Define(engine, "setVariable", args => { scope.SetVariable(Text(args, 0), ToJson(engine, Arg(args, 1))); return JsValue.Undefined; });
        Define(engine, "getInput", args => Parse(engine, scope.GetInput(Text(args, 0))));
        Define(engine, "getCorrelationId", _ => scope.CorrelationId is { } id ? new JsString(id) : JsValue.Null);
        Define(engine, "getWorkflowInstanceId", _ => new JsString(scope.WorkflowInstanceId));
        foreach (var name in scope.VariableNames.Where(IsIdentifier))
        {
            var variable = name;
            Define(engine, "get" + variable, _ => Parse(engine, scope.GetVariable(variable)));
            Define(engine, "set" + variable, args => { scope.SetVariable(variable, ToJson(engine, Arg(args, 0))); return JsValue.Undefined; });
        }
    }

    /// <summary><c>variables.X = v</c> writes through: whatever changed on the object is set on the instance.</summary>
    private static void WriteBackVariables(Engine engine, IExpressionScope scope, Dictionary<string, string> before)
    {
        if (ToJson(engine, engine.GetValue("variables")) is not JsonObject after) return;
        foreach (var (name, value) in after)
        {
            var json = value?.ToJsonString() ?? "null";
            if (!before.TryGetValue(name, out var old) || old != json) scope.SetVariable(name, value?.DeepClone());
        }
    }

    private static void Define(Engine engine, string name, Func<JsValue[], JsValue> body) =>
        engine.SetValue(name, new ClrFunction(engine, name, (_, args) => body(args)));

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private static string Text(JsValue[] args, int index) => Arg(args, index) is var value && value.IsString() ? value.AsString() : Arg(args, index).ToString();

    private static JsValue Parse(Engine engine, JsonNode? node) =>
        node is null ? JsValue.Null : new JintJson.JsonParser(engine).Parse(node.ToJsonString());

    private static JsonNode? ToJson(Engine engine, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull()) return null;
        var text = new JintJson.JsonSerializer(engine).Serialize(value);
        return text.IsString() ? JsonNode.Parse(text.AsString()) : null;
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');
}
