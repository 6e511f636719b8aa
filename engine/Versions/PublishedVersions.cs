using System.Text;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;
using FormEngine.Forms;

namespace FormEngine.Versions;

/// <summary>
/// The record of published form versions kept beside the definitions (<c>published.yaml</c>): the content
/// hash of every version that was ever published. Editing a published version without raising its number is
/// FE1050, in <c>formengine validate</c> and in CI, long before residents could meet the change.
/// </summary>
public sealed class PublishedVersions
{
    public const string FileName = "published.yaml";

    private readonly SortedDictionary<string, SortedDictionary<int, string>> _hashes = new(StringComparer.Ordinal);

    public string File { get; }

    private PublishedVersions(string file) => File = file;

    /// <summary>The record that governs a form file: the nearest <c>published.yaml</c> in its folder or above.</summary>
    public static string? FindFor(string formFile)
    {
        for (var dir = new FileInfo(formFile).Directory; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static PublishedVersions Empty(string file) => new(file);

    /// <summary>Reads the record; problems are reported and the readable part is kept.</summary>
    public static PublishedVersions Read(string file, string text, DiagnosticBag diagnostics)
    {
        var record = new PublishedVersions(file);
        var root = YamlTreeReader.Read(file, text, diagnostics);
        if (root is null) return record;
        if (root is not YamlMapping forms)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, root.Span, "The published record maps each form key to its versions.");
            return record;
        }
        foreach (var form in forms.Entries)
        {
            if (form.Value is not YamlMapping versions)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, form.Value.Span, $"'{form.Key.Value}' must map version numbers to content hashes.");
                continue;
            }
            var byVersion = new SortedDictionary<int, string>();
            foreach (var version in versions.Entries)
            {
                if (!int.TryParse(version.Key.Value, out var number) || version.Value is not YamlScalar hash)
                {
                    diagnostics.Report(DiagnosticCodes.InvalidValue, version.Key.Span, "Each entry is 'version: content-hash'.");
                    continue;
                }
                byVersion[number] = hash.Value;
            }
            record._hashes[form.Key.Value] = byVersion;
        }
        return record;
    }

    /// <returns>FE1050 when this version was published with other content; null otherwise.</returns>
    public Diagnostic? Check(CompiledForm form)
    {
        if (!_hashes.TryGetValue(form.Key, out var versions) || !versions.TryGetValue(form.Version, out var hash) || hash == form.ContentHash)
            return null;
        return new Diagnostic(DiagnosticCodes.VersionNotRaised, Severity.Error, form.Definition.VersionSpan,
            $"Version {form.Version} of '{form.Key}' was published with other content ({Path.GetFileName(File)}). Raise 'version' to {versions.Keys.Max() + 1} to publish the change.");
    }

    public bool IsPublished(CompiledForm form) =>
        _hashes.TryGetValue(form.Key, out var versions) && versions.ContainsKey(form.Version);

    /// <summary>Records a version; false when it was already recorded (with the same content: check first).</summary>
    public bool Add(CompiledForm form)
    {
        if (!_hashes.TryGetValue(form.Key, out var versions)) _hashes[form.Key] = versions = new SortedDictionary<int, string>();
        return versions.TryAdd(form.Version, form.ContentHash);
    }

    public string ToYaml()
    {
        var text = new StringBuilder();
        text.Append("# Published form versions and the SHA-256 of their content, written by `formengine publish`.\n");
        text.Append("# A published version never changes: edit the form and raise its version instead.\n");
        foreach (var (key, versions) in _hashes)
        {
            text.Append(key).Append(":\n");
            foreach (var (version, hash) in versions) text.Append("  ").Append(version).Append(": ").Append(hash).Append('\n');
        }
        return text.ToString();
    }
}
