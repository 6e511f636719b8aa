using System.Text.RegularExpressions;
using Acornima.Ast;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// The variables a script uses, with the index where each use starts. JavaScript (as Elsa and our runtime offer
/// them): <c>variables.X</c>, <c>variables['X']</c>, <c>getX()</c>, <c>setX(v)</c>, <c>getVariable('X')</c>,
/// <c>setVariable('X', v)</c>. Liquid: <c>Variables.X</c> inside <c>{{ }}</c> or <c>{% %}</c>.
/// </summary>
internal static partial class ScriptVariables
{
    /// <summary>Functions the runtime defines besides one getter and setter per variable.</summary>
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
        { "getVariable", "setVariable", "getInput", "getCorrelationId", "getWorkflowInstanceId" };

    public static IEnumerable<(string Name, int Index)> InJavaScript(Node program)
    {
        var nodes = Descendants(program).ToList();
        var ownFunctions = nodes.OfType<FunctionDeclaration>().Select(f => f.Id?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case MemberExpression { Object: Identifier { Name: "variables" } } member:
                    if (!member.Computed && member.Property is Identifier property) yield return (property.Name, property.Start);
                    else if (member.Computed && member.Property is Literal { Value: string key } literal) yield return (key, literal.Start);
                    break;
                case CallExpression { Callee: Identifier callee } call when callee.Name is "getVariable" or "setVariable":
                    if (call.Arguments.Count > 0 && call.Arguments[0] is Literal { Value: string named } argument) yield return (named, argument.Start);
                    break;
                case CallExpression { Callee: Identifier callee } when IsAccessor(callee.Name) && !ownFunctions.Contains(callee.Name):
                    yield return (callee.Name[3..], callee.Start);
                    break;
            }
        }
    }

    public static IEnumerable<(string Name, int Index)> InLiquid(string text)
    {
        foreach (Match block in LiquidBlock().Matches(text))
            foreach (Match use in LiquidVariable().Matches(block.Value))
                yield return (use.Groups[1].Value, block.Index + use.Groups[1].Index);
    }

    private static bool IsAccessor(string name) =>
        name.Length > 3 && (name.StartsWith("get", StringComparison.Ordinal) || name.StartsWith("set", StringComparison.Ordinal))
        && !Functions.Contains(name);

    private static IEnumerable<Node> Descendants(Node root)
    {
        var stack = new Stack<Node>([root]);
        while (stack.TryPop(out var node))
        {
            yield return node;
            foreach (var child in node.ChildNodes.Reverse()) stack.Push(child);
        }
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidBlock();

    [GeneratedRegex(@"(?<![\w.])Variables\.([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex LiquidVariable();
}
