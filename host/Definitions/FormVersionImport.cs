using FormEngine.Diagnostics;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Definitions;

/// <summary>
/// The database's definition store against the files: a version not yet stored is imported; a stored version
/// is never replaced (a file with other content under the same version is an FE1050 error and the stored
/// content wins); every stored version is compiled, so cases made with an older version keep working.
/// </summary>
public sealed class FormVersionImport(IDbContextFactory<PortalDbContext> contexts, TimeProvider time)
{
    /// <returns>Every usable version by key and version, and the version of each file-offered key that wins.</returns>
    internal async Task<(Dictionary<(string, int), CompiledForm> Forms, Dictionary<string, CompiledForm> Current)> ImportAsync(
        IReadOnlyList<FormFile> files, List<Diagnostic> problems, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.FormVersions.AsNoTracking().ToListAsync(cancellationToken);
        var byVersion = stored.ToDictionary(r => (r.Key, r.Version));
        var forms = new Dictionary<(string, int), CompiledForm>();
        var current = new Dictionary<string, CompiledForm>(StringComparer.Ordinal);
        var fromFiles = new Dictionary<(string, int), FormFile>();

        foreach (var file in files)
        {
            var id = (file.Form.Key, file.Form.Version);
            if (fromFiles.TryGetValue(id, out var first))
            {
                problems.Add(new Diagnostic(DiagnosticCodes.DuplicateKey, Severity.Error, file.Form.Definition.Span,
                    $"Form '{file.Form.Key}' version {file.Form.Version} is also defined in {first.SourceFile}; this file is ignored."));
                continue;
            }
            fromFiles[id] = file;
            if (byVersion.TryGetValue(id, out var record) && record.ContentHash != file.Form.ContentHash)
            {
                problems.Add(new Diagnostic(DiagnosticCodes.VersionNotRaised, Severity.Error, file.Form.Definition.VersionSpan,
                    $"Version {file.Form.Version} of '{file.Form.Key}' is stored in the database with other content (imported from {record.SourceFile}); the stored version is kept. Raise 'version' to publish the change."));
                continue;
            }
            forms[id] = file.Form;
            if (record is null)
                db.FormVersions.Add(new FormVersionRecord
                {
                    Key = file.Form.Key, Version = file.Form.Version, ContentHash = file.Form.ContentHash,
                    Content = file.Text, SourceFile = file.SourceFile, ImportedAt = time.GetUtcNow(),
                });
        }
        await db.SaveChangesAsync(cancellationToken);

        var compiler = new FormCompiler();
        foreach (var record in stored.Where(r => !forms.ContainsKey((r.Key, r.Version))))
        {
            var result = compiler.Compile(record.SourceFile, record.Content);
            if (result.Form is { } form) forms[(record.Key, record.Version)] = form;
            else problems.Add(new Diagnostic(DiagnosticCodes.VersionNotRaised, Severity.Warning, new SourceSpan(record.SourceFile, 0, 0),
                $"Stored version {record.Version} of '{record.Key}' no longer compiles ({result.Diagnostics.Count(d => d.IsError)} errors); cases made with it cannot be shown."));
        }

        // The file's version is offered; when the file conflicts with the store, the stored content of that version is.
        foreach (var (id, file) in fromFiles)
            if (forms.TryGetValue(id, out var form) && (!current.TryGetValue(file.Form.Key, out var other) || other.Version < form.Version))
                current[file.Form.Key] = form;
        return (forms, current);
    }
}
