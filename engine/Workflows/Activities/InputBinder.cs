using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Expressions;

namespace FormEngine.Workflows.Activities;

/// <summary>
/// Sets an activity's <see cref="InputAttribute"/> properties from its JSON before it runs: each input's
/// expression is evaluated in the instance's scope and converted to the property's type. An absent input keeps
/// the property's default.
/// </summary>
public sealed class InputBinder(ExpressionEvaluator evaluator)
{
    public void Bind(IActivity activity, ActivityDescriptor descriptor, ActivityNode node, IExpressionScope scope)
    {
        foreach (var input in descriptor.Inputs)
        {
            if (node.Input(input.Name) is not { } expression) continue;
            // Fixed texts and the outcomes a designer shows must not depend on data at run time.
            if (input.LiteralOnly && expression.ExpressionType is not ("Literal" or "Object"))
                throw new InputBindingException(input.Name, $"input '{input.Name}' of {node} takes a literal value, not a {expression.ExpressionType} expression", null);
            var value = evaluator.Evaluate(expression, scope);
            object? converted;
            try
            {
                converted = InputConverter.Convert(value, input.Property.PropertyType);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or NotSupportedException or System.Text.Json.JsonException or InvalidOperationException)
            {
                throw new InputBindingException(input.Name, $"input '{input.Name}' of {node} cannot be read as {input.Type}: {e.Message}", e);
            }
            input.Property.SetValue(activity, converted);
        }
    }
}

/// <summary>An input's value does not fit its type; becomes an incident with code <see cref="Code"/>.</summary>
public sealed class InputBindingException(string input, string message, Exception? inner) : Exception(message, inner)
{
    public const string Code = "InvalidInput";
    public string Input { get; } = input;
}
