using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Host.Cases;

/// <summary>A file as posted, read into memory (the request size limit bounds it).</summary>
public sealed record UploadedFile(string FileName, byte[] Bytes);

/// <summary>What became of the files posted for one field: the answer to store, and the files refused with why (Swedish).</summary>
public sealed record UploadOutcome(JsonArray? Value, IReadOnlyList<string> Problems);

/// <summary>The limits on the files of a free-text reply: accepted types, size per file, number of files.</summary>
public sealed record FileRules(IReadOnlyList<string> Accept, int MaxSizeMb, int MaxFiles)
{
    public static readonly FileRules Reply = new(ContentSniffer.Known, 10, 3);
}

/// <summary>
/// Turns posted files into the answer value <c>[{id, name, size, content_type}]</c>, with the type read from
/// the content and the real size. For a form's file field the engine's pipeline judges the entries against
/// accept/max_size_mb/max_files and reports at the field; here only what passes is stored. For a free-text
/// reply (no form) the files are checked against <see cref="FileRules"/> here, and a post with any refused file
/// stores none of that post's files, so the resident sees one clear state.
/// </summary>
public sealed class FileUploads(IAttachmentStore store)
{
    /// <summary>What an entry says of content we could not recognise: never stored, never in an accept list.</summary>
    public const string Unrecognised = "application/octet-stream";

    /// <summary>
    /// The answer for a form's file field. A file the field takes (type, size, count) is stored and its entry names
    /// it; any other file gets an entry that names nothing stored, so the pipeline reports it at the field
    /// (<c>file_type</c>, <c>file_size</c>, <c>max_count</c>) and it can never be submitted. Content we cannot
    /// recognise is never stored: where the field takes any type, its entry lacks a type and is reported as
    /// unreadable (<c>file</c>).
    /// </summary>
    public async Task<JsonArray> AnswerAsync(CompiledField field, IReadOnlyList<UploadedFile> files, string ownerId, string uploadedBy,
        CancellationToken cancellationToken = default)
    {
        var accepted = FileFieldType.AcceptedTypes(field);
        var maxBytes = FileFieldType.MaxSizeMb(field) * 1024L * 1024L;
        var countFits = files.Count <= FileFieldType.MaxFiles(field);
        var value = new JsonArray();
        foreach (var file in files)
        {
            var type = ContentSniffer.Detect(file.Bytes);
            var size = file.Bytes.LongLength;
            var name = DatabaseAttachmentStore.SafeName(file.FileName);
            if (type is not null && countFits && size <= maxBytes && (accepted.Count == 0 || accepted.Contains(type, StringComparer.Ordinal)))
            {
                var stored = await store.SaveAsync(new NewAttachment(ownerId, "", file.FileName, type, file.Bytes, uploadedBy), cancellationToken);
                value.Add(Entry(stored.Id, stored.FileName, stored.Size, stored.ContentType));
                continue;
            }
            var reportedType = type ?? (accepted.Count > 0 && !accepted.Contains(Unrecognised, StringComparer.Ordinal) ? Unrecognised : null);
            value.Add(Entry(Guid.NewGuid().ToString("N"), name, size, reportedType));
        }
        return value;
    }

    private static JsonObject Entry(string id, string name, long size, string? contentType)
    {
        var entry = new JsonObject { ["id"] = id, ["name"] = name, ["size"] = size };
        if (contentType is not null) entry["content_type"] = contentType;
        return entry;
    }

    public async Task<UploadOutcome> AcceptAsync(FileRules rules, IReadOnlyList<UploadedFile> files, string ownerId, string caseId, string uploadedBy,
        CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        if (files.Count > rules.MaxFiles)
            problems.Add(rules.MaxFiles == 1 ? "Du kan bara bifoga en fil." : $"Du kan bifoga högst {rules.MaxFiles} filer.");
        var checkedFiles = new List<(UploadedFile File, string Type)>();
        foreach (var file in files)
        {
            var name = DatabaseAttachmentStore.SafeName(file.FileName);
            if (file.Bytes.Length == 0) { problems.Add($"Filen {name} är tom."); continue; }
            if (file.Bytes.LongLength > rules.MaxSizeMb * 1024L * 1024L) { problems.Add($"Filen {name} är större än {rules.MaxSizeMb} MB."); continue; }
            var type = ContentSniffer.Detect(file.Bytes);
            if (type is null || !rules.Accept.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"Filen {name} har en filtyp som inte går att bifoga här. Tillåtna filtyper: {Describe(rules.Accept)}.");
                continue;
            }
            checkedFiles.Add((file, type));
        }
        if (problems.Count > 0) return new UploadOutcome(null, problems);

        var value = new JsonArray();
        foreach (var (file, type) in checkedFiles)
        {
            var stored = await store.SaveAsync(new NewAttachment(ownerId, caseId, file.FileName, type, file.Bytes, uploadedBy), cancellationToken);
            value.Add(new JsonObject { ["id"] = stored.Id, ["name"] = stored.FileName, ["size"] = stored.Size, ["content_type"] = stored.ContentType });
        }
        return new UploadOutcome(value, []);
    }

    private static string Describe(IEnumerable<string> types) => string.Join(", ", types.Select(t => t switch
    {
        ContentSniffer.Jpeg => "JPEG",
        ContentSniffer.Png => "PNG",
        ContentSniffer.Pdf => "PDF",
        ContentSniffer.Heic => "HEIC",
        _ => t,
    }));
}
