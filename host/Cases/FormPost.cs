using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Submissions;

namespace FormEngine.Host.Cases;

/// <summary>The answers after one page's post and the repeat rows to show after "Lägg till".</summary>
public sealed record MergedPost(JsonObject Answers, IReadOnlyDictionary<string, int>? RepeatRows);

/// <summary>
/// Folds one posted page into the answers so far: the page's fields are replaced by what was posted (an
/// unticked box is simply absent from a post), files become answer entries (<see cref="FileUploads.AnswerAsync"/>:
/// the pipeline judges them at their field), "Lägg till"/"Ta bort" change the
/// repeat rows, and on the check-your-answers page only the terms are read. Other pages' answers are kept.
/// </summary>
public sealed class FormPost(FileUploads uploads)
{
    public async Task<MergedPost> MergeAsync(CompiledForm form, int page, JsonObject answers, IFormCollection post, string draftId, string personnummer,
        CancellationToken cancellationToken = default)
    {
        var posted = FormPostReader.Read(form, post.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<string>)[.. p.Value.Select(v => v ?? "")])));
        if (page >= form.Pages.Count)
        {
            answers.Remove(SchemaNames.TermsAccepted);
            if (posted[SchemaNames.TermsAccepted] is { } accepted) answers[SchemaNames.TermsAccepted] = accepted.DeepClone();
            return new MergedPost(answers, null);
        }

        var fields = form.Pages[page].Fields;
        var fileFields = fields.SelectMany(f => f.SelfAndDescendants()).Where(f => f.Type is FileFieldType && !f.InRepeat).ToList();
        var kept = fileFields.ToDictionary(f => f, f => JsonPaths.Get(answers, f.Path)?.DeepClone());
        foreach (var field in fields.Where(f => !f.IsServerOwned)) answers.Remove(field.Key);
        foreach (var field in fields)
            if (posted[field.Key] is { } value) answers[field.Key] = value.DeepClone();

        foreach (var field in fileFields)
        {
            var files = post.Files.GetFiles(field.Path).Where(f => f.Length > 0).ToList();
            JsonNode? value = kept[field];
            if (files.Count > 0)
            {
                var read = new List<UploadedFile>();
                foreach (var file in files) read.Add(new UploadedFile(file.FileName, await ReadAsync(file, cancellationToken)));
                value = await uploads.AnswerAsync(field, read, draftId, personnummer, cancellationToken);
            }
            JsonPaths.Set(answers, field.Path, value);
        }

        Dictionary<string, int>? repeatRows = null;
        if (post["_add"].ToString() is { Length: > 0 } addPath && form.FindField(Template(addPath)) is { Type.Shape: ValueShape.Repeat })
            repeatRows = new() { [addPath] = (JsonPaths.Get(answers, addPath) as JsonArray)?.Count + 1 ?? 2 };
        else if (post["_remove"].ToString() is { Length: > 0 } removePath && JsonPaths.RemoveRow(answers, removePath))
            repeatRows = [];
        return new MergedPost(answers, repeatRows);
    }

    /// <summary><c>orders[0].lines</c> → <c>orders[].lines</c>, the compiled field's path.</summary>
    private static string Template(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\[\d+\]", "[]");

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
