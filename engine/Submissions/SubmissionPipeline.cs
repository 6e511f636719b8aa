using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Schema;

namespace FormEngine.Submissions;

/// <summary>
/// The server is the authority (form-language.md): 1 normalise, 2-4 server values, relevance and stripping,
/// 5 schema validation, 6 cross-field rules. Nothing the browser decided is trusted. Storing (step 7) is the
/// host's: it keeps <see cref="SubmissionResult.Data"/> with the form's key, version and content hash.
/// </summary>
public static class SubmissionPipeline
{
    public static SubmissionResult Process(CompiledForm form, JsonNode? answers, FormContext context)
    {
        var issues = new List<ValidationIssue>();
        if (answers is not JsonObject raw || DuplicateProperties.In(raw))
        {
            if (answers is not null) issues.Add(new ValidationIssue("", answers is JsonObject ? "duplicate" : "type", null));
            raw = new JsonObject();
        }
        var data = Prepare(form, raw, context, out var relevance);
        issues.AddRange(NativeValidator.Validate(form.Schema, data));
        AttachmentIssues.MoveToFileFields(issues, relevance.Relevant);
        RuleChecker.Check(form, relevance, context, issues);
        return new SubmissionResult
        {
            Form = form,
            Data = data,
            Issues = InFormOrder(form, issues),
            RelevantPaths = [.. relevance.Relevant.Values.SelectMany(l => l).Select(i => i.Path)],
            Instances = relevance.Relevant,
        };
    }

    /// <summary>Problems in the order the resident meets the fields, so the error summary reads top to bottom.</summary>
    private static List<ValidationIssue> InFormOrder(CompiledForm form, List<ValidationIssue> issues)
    {
        if (issues.Count < 2) return issues;
        return [.. issues.OrderBy(i => i.Field is null ? int.MaxValue : form.PositionOf(i.Field)).ThenBy(i => i.Path, StringComparer.Ordinal)];
    }

    /// <summary>Steps 1 to 4 only: the document that step 5 validates. The agreement test feeds it to JsonSchema.Net too.</summary>
    public static JsonObject Prepare(CompiledForm form, JsonObject raw, FormContext context) => Prepare(form, raw, context, out _);

    private static JsonObject Prepare(CompiledForm form, JsonObject raw, FormContext context, out Relevance relevance)
    {
        var data = Normalizer.Normalize(form, raw, context.Today);
        relevance = new Relevance(form, data, context);
        relevance.Apply();
        return data;
    }
}
