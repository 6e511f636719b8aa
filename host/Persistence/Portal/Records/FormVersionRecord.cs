namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// A definition version imported from definitions/ (a form or a workflow): kept forever, so that cases made with
/// an older version are shown and run with it after the files moved on.
/// </summary>
public sealed class FormVersionRecord
{
    public required string Key { get; set; }
    public required int Version { get; set; }
    public required string ContentHash { get; set; }
    /// <summary>The YAML text as imported.</summary>
    public required string Content { get; set; }
    public required string SourceFile { get; set; }
    public required DateTimeOffset ImportedAt { get; set; }
}
