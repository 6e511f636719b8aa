using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Definitions.Yaml;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Host.Cases;

/// <summary>A file as posted, read into memory (the request size limit bounds it).</summary>
public sealed record UploadedFile(string FileName, byte[] Bytes);

/// <summary>What became of the files posted for one field: the answer to store, and the files refused with why (Swedish).</summary>
public sealed record UploadOutcome(JsonArray? Value, IReadOnlyList<string> Problems);

/// <summary>The limits a file field (or a reply) puts on attachments: accepted types, size per file, number of files.</summary>
public sealed record FileRules(IReadOnlyList<string> Accept, int MaxSizeMb, int MaxFiles)
{
    public static readonly FileRules Reply = new(ContentSniffer.Known, 10, 3);

    /// <summary>The field's <c>accept</c>, <c>max_size_mb</c> and <c>max_files</c> (defaults as the schema has them).</summary>
    public static FileRules For(CompiledField field)
    {
        var settings = field.Definition.Settings;
        var accept = settings.TryGetValue("accept", out var a)
            ? a.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [.. ContentSniffer.Known];
        return new FileRules(accept, Number(settings, "max_size_mb", FileFieldType.DefaultMaxSizeMb), Number(settings, "max_files", 1));
    }

    private static int Number(IReadOnlyDictionary<string, YamlScalar> settings, string name, int fallback) =>
        settings.TryGetValue(name, out var value) && int.TryParse(value.Value, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}

/// <summary>
/// Checks posted files against <see cref="FileRules"/> by content and size, stores those that pass, and gives the
/// answer value <c>[{id, name, size, content_type}]</c>. A post with any refused file stores none of that post's
/// files, so the resident sees one clear state.
/// </summary>
public sealed class FileUploads(IAttachmentStore store)
{
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
