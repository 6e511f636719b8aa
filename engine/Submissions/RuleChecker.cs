using System.Text.Json.Nodes;
using FormEngine.Forms;

namespace FormEngine.Submissions;

/// <summary>Step 6: checks what JSON Schema cannot express, once per relevant occurrence of each rule's field.</summary>
internal static class RuleChecker
{
    public static void Check(CompiledForm form, Relevance relevance, FormContext context, List<ValidationIssue> issues)
    {
        var reported = issues.Select(i => i.Path).ToHashSet(StringComparer.Ordinal);
        var values = relevance.Values;
        foreach (var rule in form.Rules)
        {
            if (!relevance.Relevant.TryGetValue(rule.Field, out var instances)) continue;
            foreach (var instance in instances)
            {
                values.Rows = instance.Rows;
                instance.Container.TryGetPropertyValue(rule.Field.Key, out var value);
                var issue = rule switch
                {
                    CrossFieldRule.RequiredWhen r when value is null && (r.Condition is null || r.Condition.EvaluateCondition(values))
                        => new ValidationIssue(instance.Path, "required", r.Field),
                    CrossFieldRule.Holds h when value is not null && !reported.Contains(instance.Path) && !h.Validator.Condition!.EvaluateCondition(values)
                        => new ValidationIssue(instance.Path, h.Validator.Kind, h.Field, h.Validator.Message),
                    CrossFieldRule.Offered o when value is not null && !reported.Contains(instance.Path) && !AllOffered(o.Field, value, values, context)
                        => new ValidationIssue(instance.Path, "choice", o.Field),
                    _ => null,
                };
                if (issue is not null && reported.Add(issue.Path)) issues.Add(issue);
            }
        }
    }

    private static bool AllOffered(CompiledField field, JsonNode value, SubmissionValues values, FormContext context)
    {
        var offered = ChoiceOffer.Codes(field, values, context);
        return value switch
        {
            JsonArray items => items.All(i => JsonNumbers.TryGetString(i, out var code) && offered.Contains(code)),
            _ => JsonNumbers.TryGetString(value, out var code) && offered.Contains(code),
        };
    }
}
