namespace FormEngine.Host.Programs;

/// <summary>
/// Step forms are filled in page by page with a draft like any e-service; its id names the step, so that a second
/// tab continues the same draft, and the prefix keeps it apart from e-service drafts (<c>/utkast</c> skips them).
/// </summary>
public static class ProgramDrafts
{
    public const string Prefix = "program:";

    public static string IdFor(string assignmentId, string moduleKey, string stepKey) => $"{Prefix}{assignmentId}:{moduleKey}:{stepKey}";

    public static bool IsProgramDraft(string draftId) => draftId.StartsWith(Prefix, StringComparison.Ordinal);
}
