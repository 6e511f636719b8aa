namespace FormEngine.Definitions.Loading;

/// <summary>
/// Where definitions live on disk. A form is a file named <c>form.yaml</c>, one per folder
/// (<c>eservices/&lt;key&gt;/form.yaml</c>, <c>templates/...</c>, <c>programs/...</c>); its example submissions are the
/// <c>*.yaml</c> files in the <c>examples/</c> folder beside it. Paths keep the shape they were given in
/// (relative stays relative), so diagnostics name files the way the author typed them.
/// </summary>
public static class DefinitionFiles
{
    public const string FormFileName = "form.yaml";
    public const string ExamplesFolder = "examples";
    public const string WorkflowsFolder = "workflows";

    /// <summary>Every form file under <paramref name="folder"/>, in a stable order.</summary>
    public static IReadOnlyList<string> FindForms(string folder)
    {
        var forms = new List<string>();
        Collect(folder, forms);
        forms.Sort(StringComparer.Ordinal);
        return forms;
    }

    /// <summary>Every workflow file (<c>*.json</c> directly in a <c>workflows/</c> folder) under <paramref name="folder"/>, itself included, in a stable order.</summary>
    public static IReadOnlyList<string> FindWorkflows(string folder)
    {
        var workflows = new List<string>();
        CollectWorkflows(folder, workflows);
        workflows.Sort(StringComparer.Ordinal);
        return workflows;
    }

    /// <summary>A file named on the command line is a workflow when it is JSON.</summary>
    public static bool IsWorkflowFile(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The example submissions of a form, in name order; none when there is no examples folder.</summary>
    public static IReadOnlyList<string> ExamplesOf(string formFile)
    {
        var folder = Path.Combine(Path.GetDirectoryName(formFile) ?? "", ExamplesFolder);
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    private static void Collect(string folder, List<string> forms)
    {
        var form = Path.Combine(folder, FormFileName);
        if (File.Exists(form)) forms.Add(form);
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            // examples/ holds submissions, not forms; bin/obj/.git are build and tool output.
            if (name is ExamplesFolder or "bin" or "obj" or "node_modules" || name.StartsWith('.')) continue;
            Collect(sub, forms);
        }
    }

    private static void CollectWorkflows(string folder, List<string> workflows)
    {
        if (Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) == WorkflowsFolder)
            workflows.AddRange(Directory.EnumerateFiles(folder, "*.json"));
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(sub);
            if (name is ExamplesFolder or "bin" or "obj" or "node_modules" || name.StartsWith('.')) continue;
            CollectWorkflows(sub, workflows);
        }
    }
}
