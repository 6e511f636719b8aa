namespace FormEngine.Host.Pages.Invanare.Behandling;

/// <summary>The resident's Stöd och behandling pages, built in one place.</summary>
public static class ProgramUrls
{
    public const string Start = "/stod-och-behandling";

    public static string Program(string assignmentId) => $"{Start}/{Uri.EscapeDataString(assignmentId)}";

    public static string Module(string assignmentId, string moduleKey) => $"{Program(assignmentId)}/{Uri.EscapeDataString(moduleKey)}";

    public static string Step(string assignmentId, string moduleKey, string stepKey) => $"{Module(assignmentId, moduleKey)}/{Uri.EscapeDataString(stepKey)}";

    /// <summary>Page i (0-based) of a step form; the check-your-answers page is the one after the last.</summary>
    public static string StepPage(string assignmentId, string moduleKey, string stepKey, int page) => $"{Step(assignmentId, moduleKey, stepKey)}?sida={page + 1}";
}
