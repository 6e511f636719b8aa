using System.Collections.Concurrent;
using FormEngine.Diagnostics;
using FormEngine.Forms;

namespace FormEngine.Versions;

/// <summary>
/// Every version of every form the engine has loaded, keyed by key and version, with the content hash that
/// makes a version immutable: a submission made with version N is always shown and validated with N, and
/// loading different content under a version that is already known is refused (FE1050).
/// </summary>
public sealed class DefinitionStore
{
    private readonly ConcurrentDictionary<(string Key, int Version), CompiledForm> _forms = new();

    /// <returns>Null when added (or already present with the same content), else the reason it was refused.</returns>
    public Diagnostic? Add(CompiledForm form)
    {
        var stored = _forms.GetOrAdd((form.Key, form.Version), form);
        if (stored.ContentHash == form.ContentHash) return null;
        return new Diagnostic(DiagnosticCodes.VersionNotRaised, Severity.Error, form.Definition.VersionSpan,
            $"Form '{form.Key}' version {form.Version} is already published with other content. Raise 'version' to {NextVersion(form.Key)} to publish the change.");
    }

    public CompiledForm? Get(string key, int version) => _forms.GetValueOrDefault((key, version));

    /// <summary>The newest version: what new submissions use.</summary>
    public CompiledForm? Latest(string key) =>
        _forms.Values.Where(f => f.Key == key).MaxBy(f => f.Version);

    public IReadOnlyList<CompiledForm> Versions(string key) =>
        [.. _forms.Where(f => f.Key.Key == key).OrderBy(f => f.Key.Version).Select(f => f.Value)];

    public IReadOnlyCollection<string> Keys => _forms.Keys.Select(k => k.Key).Distinct().ToList();

    private int NextVersion(string key) => _forms.Keys.Where(k => k.Key == key).Max(k => k.Version) + 1;
}
