using System.Globalization;
using System.Text.RegularExpressions;
using FormEngine.Expressions;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Submissions;

namespace FormEngine.Schema;

/// <summary>
/// Builds the submission schema from the compiled fields, following form-language.md: a relevant field that is
/// required becomes <c>required</c>, or <c>if/then</c> when its condition translates; what cannot be said in
/// JSON Schema becomes a step-6 <see cref="CrossFieldRule"/>.
/// </summary>
internal sealed class SchemaBuilder(Func<Symbol, CompiledField?> fieldOf, bool hasTerms)
{
    public const string TermsAcceptedKey = Submissions.SchemaNames.TermsAccepted;

    private readonly ConditionTranslator _translator = new(fieldOf);
    private readonly Dictionary<CompiledField, SchemaNode> _objects = [];
    private readonly List<CrossFieldRule> _rules = [];
    private SchemaNode _root = null!;

    public (SchemaNode Root, List<CrossFieldRule> Rules) Build(IReadOnlyList<CompiledField> topLevel)
    {
        _root = new SchemaNode { Type = SchemaType.Object };
        foreach (var field in topLevel) Add(field, _root);
        if (hasTerms)
        {
            _root.Properties.Add(new(TermsAcceptedKey, new SchemaNode { Type = SchemaType.Boolean, ConstTrue = true }));
            _root.Required.Add(TermsAcceptedKey);
        }
        return (_root, _rules);
    }

    private void Add(CompiledField field, SchemaNode container)
    {
        if (field.Type.Shape == ValueShape.None) return;
        var node = field.Type.Schema(field);
        node.Field = field;
        node.Title = field.Label?.In("sv");
        ApplyValidators(field, node);
        container.Properties.Add(new(field.Key, node));

        var childObject = field.Type.Shape switch
        {
            ValueShape.Group => node,
            ValueShape.Repeat => node.Items,
            _ => null,
        };
        if (childObject is not null)
        {
            _objects[field] = childObject;
            foreach (var child in field.Children) Add(child, childObject);
        }

        foreach (var validator in field.Validators.Where(v => v.Condition is not null))
            _rules.Add(new CrossFieldRule.Holds(field, validator));
        if (field.HasDynamicChoices) _rules.Add(new CrossFieldRule.Offered(field));
        Require(field, container);
    }

    private void Require(CompiledField field, SchemaNode container)
    {
        // A group is required (when relevant) only if something inside must be answered: that is what lets a
        // requirement inside it fail when the group object is missing. A group of optional fields stays optional.
        var isGroup = field.Type.Shape == ValueShape.Group;
        if (field.IsServerOwned || !(isGroup ? HasRequiredInside(field) : field.IsRequiredSomehow)) return;
        var conditions = new List<CompiledExpression>();
        if (field.VisibleWhen is not null) conditions.Add(field.VisibleWhen);
        if (field.Parent is null && field.Page.VisibleWhen is not null) conditions.Add(field.Page.VisibleWhen);
        if (!isGroup && field.RequiredWhen is not null) conditions.Add(field.RequiredWhen);
        if (conditions.Count == 0)
        {
            container.Required.Add(field.Key);
            return;
        }
        foreach (var scope in Scopes(field.Parent))
        {
            var parts = conditions.Select(c => _translator.Translate(c.Syntax, scope)).ToList();
            if (parts.Any(p => p is null)) continue;
            var when = parts.Count == 1 ? parts[0]! : new SchemaCondition.All(parts!);
            var holder = scope is null ? _root : _objects[scope];
            holder.Conditionals.Add(new ConditionalRequirement(when, Target(scope, field.Parent), field.Key));
            return;
        }
        // Relevance is enforced by removing values, so step 6 only needs the required condition itself.
        _rules.Add(new CrossFieldRule.RequiredWhen(field, isGroup ? null : field.RequiredWhen));
    }

    private static bool HasRequiredInside(CompiledField group) =>
        group.Children.Any(c => !c.IsServerOwned && (c.Type.Shape == ValueShape.Group ? HasRequiredInside(c) : c.IsRequiredSomehow));

    /// <summary>The containers a requirement could sit in, innermost first, ending with the top level (null).</summary>
    private static IEnumerable<CompiledField?> Scopes(CompiledField? container)
    {
        for (var c = container; c is not null; c = c.Parent) yield return c;
        yield return null;
    }

    private static List<TargetStep> Target(CompiledField? scope, CompiledField? container)
    {
        var steps = new List<TargetStep>();
        for (var c = container; c != scope; c = c!.Parent)
            steps.Insert(0, new TargetStep(c!.Key, c.Type.Shape == ValueShape.Repeat));
        return steps;
    }

    /// <summary>
    /// JSON Schema patterns are ECMA-262 regular expressions, where \d is only 0-9 and \w only ASCII letters,
    /// digits and _ (JsonSchema.Net compiles them with <see cref="RegexOptions.ECMAScript"/> too).
    /// </summary>
    internal static Regex PatternRegex(string pattern) =>
        new(pattern, RegexOptions.ECMAScript | RegexOptions.Compiled, TimeSpan.FromMilliseconds(100));

    private static void ApplyValidators(CompiledField field, SchemaNode node)
    {
        foreach (var v in field.Validators.Where(v => v.Condition is null))
        {
            switch (v.Kind)
            {
                case "min": node.Minimum = decimal.Parse(v.Argument, CultureInfo.InvariantCulture); break;
                case "max": node.Maximum = decimal.Parse(v.Argument, CultureInfo.InvariantCulture); break;
                case "min_length": node.MinLength = int.Parse(v.Argument, CultureInfo.InvariantCulture); break;
                case "max_length": node.MaxLength = int.Parse(v.Argument, CultureInfo.InvariantCulture); break;
                case "min_count": node.MinItems = int.Parse(v.Argument, CultureInfo.InvariantCulture); break;
                case "max_count": node.MaxItems = int.Parse(v.Argument, CultureInfo.InvariantCulture); break;
                case "pattern":
                    node.Pattern = v.Argument;
                    node.PatternRegex = PatternRegex(v.Argument);
                    break;
            }
        }
    }
}
