using System.Globalization;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Submissions;

/// <summary>
/// The schema checks each attachment reference (<c>{id, name, size, content_type}</c>), so it finds a refused
/// file at a sub-path such as <c>images[1].size</c> that belongs to no field: the page has no control there to
/// show or link the message, and the problem would fall to the check-your-answers page. A problem inside a
/// file field's answer is the file field's problem, at the field's own path: a type it does not accept is
/// <c>file_type</c>, a file above its size limit <c>file_size</c>, anything else (a reference the host did
/// not make) <c>file</c>. One issue per kind and field: the resident fixes them at the same input.
/// </summary>
internal static class AttachmentIssues
{
    public static void MoveToFileFields(List<ValidationIssue> issues, IReadOnlyDictionary<CompiledField, List<FieldInstance>> relevant)
    {
        Dictionary<string, CompiledField>? fileFields = null;
        HashSet<(string, string)>? reported = null;
        var kept = 0;
        for (var i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            // Problems found at a field's own node carry that field; only those below it carry none.
            if (issue.Field is null && issue.Path.IndexOf('[') > 0)
            {
                fileFields ??= FileFieldPaths(relevant);
                if (Owner(issue.Path, fileFields) is var (path, field, part))
                {
                    issue = Refine(issue, path, field, part);
                    reported ??= [.. issues.Select(x => (x.Path, x.Code))];
                    if (!reported.Add((issue.Path, issue.Code))) continue;
                }
            }
            issues[kept++] = issue;
        }
        issues.RemoveRange(kept, issues.Count - kept);
    }

    private static ValidationIssue Refine(ValidationIssue issue, string path, CompiledField field, string part) => (part, issue.Code) switch
    {
        ("content_type", "choice") => new ValidationIssue(path, "file_type", field),
        ("size", "max") => new ValidationIssue(path, "file_size", field, Argument: FileFieldType.MaxSizeMb(field).ToString(CultureInfo.InvariantCulture)),
        _ => new ValidationIssue(path, "file", field),
    };

    private static Dictionary<string, CompiledField> FileFieldPaths(IReadOnlyDictionary<CompiledField, List<FieldInstance>> relevant)
    {
        var paths = new Dictionary<string, CompiledField>(StringComparer.Ordinal);
        foreach (var (field, instances) in relevant)
            if (field.Type is FileFieldType)
                foreach (var instance in instances) paths[instance.Path] = field;
        return paths;
    }

    /// <summary>For <c>visits[0].photos[2].size</c>: the file field's path <c>visits[0].photos</c>, the field, and <c>size</c>.</summary>
    private static (string Path, CompiledField Field, string Part)? Owner(string issuePath, Dictionary<string, CompiledField> fileFields)
    {
        for (var open = issuePath.LastIndexOf('['); open > 0; open = issuePath.LastIndexOf('[', open - 1))
        {
            if (!fileFields.TryGetValue(issuePath[..open], out var field)) continue;
            var close = issuePath.IndexOf(']', open);
            var part = close < 0 || close + 1 >= issuePath.Length ? "" : issuePath[(close + 2)..];
            return (issuePath[..open], field, part);
        }
        return null;
    }
}
