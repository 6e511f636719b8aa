using System.CommandLine;
using FormEngine.Catalog;
using FormEngine.Cli.Input;
using FormEngine.Definitions;
using FormEngine.Definitions.Loading;
using FormEngine.Diagnostics;
using FormEngine.Forms.FieldTypes;
using FormEngine.Programs;
using FormEngine.Workflows.Definitions.Validation;

namespace FormEngine.Cli.Commands;

/// <summary>
/// <c>formengine validate PATH...</c>: compiles every form given (a file) or found (every <c>form.yaml</c> under a
/// folder), runs each form's example submissions, validates every workflow given (a <c>.json</c> file) or found
/// (<c>*.json</c> in a <c>workflows/</c> folder), and prints every diagnostic and a summary to stdout. When the
/// run found workflows in a folder, each form's <c>workflow:</c> must name one of them. A folder with a
/// <c>catalog/</c> folder in it also has its clinic catalogue checked, against the forms of the same run, and one
/// with a <c>programs/</c> folder its treatment programs (with their step forms, against that catalogue).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Form and workflow files, or folders searched for form.yaml files and workflows/*.json (examples/ folders hold example submissions).",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check form and workflow definitions and run the forms' example submissions.") { paths };
        command.SetAction(parsed => Run(parsed.GetValue(paths)!, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private sealed record Found(List<string> Forms, List<string> Workflows, List<string> Catalogs, List<string> Programs, bool WorkflowsFolderSearched, bool Problems);

    private sealed class Tally
    {
        public int Forms, Examples, Workflows, Clinics, Programs, Errors, Warnings;

        public void Add(IEnumerable<Diagnostic> diagnostics, TextWriter stdout)
        {
            foreach (var diagnostic in diagnostics)
            {
                stdout.WriteLine(diagnostic);
                if (diagnostic.IsError) Errors++;
                else Warnings++;
            }
        }
    }

    private static int Run(string[] paths, TextWriter stdout, TextWriter stderr)
    {
        var found = Find(paths, stderr);
        var inputProblems = found.Problems;
        var tally = new Tally();

        // Workflows are read first: the forms' workflow: references are checked against them.
        var workflows = new List<WorkflowValidation>();
        var validator = new WorkflowValidator();
        foreach (var file in found.Workflows)
        {
            if (Read(file, "workflow", stderr) is not { } text)
            {
                inputProblems = true;
                continue;
            }
            workflows.Add(validator.Validate(file, text));
        }
        var definitionIds = workflows.Select(w => w.DefinitionId).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var loader = new FormLoader();
        var definitions = new List<FormDefinition>();
        foreach (var form in found.Forms)
        {
            LoadedForm result;
            try
            {
                result = loader.Load(form);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"formengine: the form file '{form}' cannot be read: {e.Message}");
                inputProblems = true;
                continue;
            }
            tally.Add(result.Diagnostics, stdout);
            if ((result.Form?.Definition ?? ReadDefinition(form)) is { } definition) definitions.Add(definition);
            // Only when the run includes a workflows folder: validating a single form must still work.
            if (found.WorkflowsFolderSearched && Read(form, "form", stderr) is { } yaml && WorkflowReferences.Check(form, yaml, definitionIds) is { } missing)
                tally.Add([missing], stdout);
            tally.Forms++;
            tally.Examples += result.ExampleCount;
        }
        foreach (var workflow in workflows)
        {
            tally.Add(workflow.Diagnostics, stdout);
            tally.Workflows++;
        }
        ClinicCatalog? lastCatalog = null;
        foreach (var folder in found.Catalogs)
        {
            var catalog = CatalogLoader.Load(folder, CatalogLoader.ByKey(definitions));
            tally.Add(catalog.Diagnostics, stdout);
            tally.Clinics += catalog.ClinicsRead;
            lastCatalog = catalog.Catalog;
        }
        foreach (var folder in found.Programs)
        {
            var programs = ProgramLoader.Load(folder, lastCatalog);
            tally.Add(programs.Diagnostics, stdout);
            tally.Programs += programs.ProgramsRead;
        }
        // The clinic and program counts only when checked, so that runs without them read as before.
        var clinics = found.Catalogs.Count > 0 ? $", {Count(tally.Clinics, "clinic")}" : "";
        clinics += found.Programs.Count > 0 ? $", {Count(tally.Programs, "program")}" : "";
        stdout.WriteLine($"{Count(tally.Forms, "form")}, {Count(tally.Examples, "example")}, {Count(tally.Workflows, "workflow")}{clinics}: " +
            $"{Count(tally.Errors, "error")}, {Count(tally.Warnings, "warning")}");
        return inputProblems ? ExitCodes.Usage : tally.Errors > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    private static Found Find(string[] paths, TextWriter stderr)
    {
        var forms = new List<string>();
        var workflows = new List<string>();
        var catalogs = new List<string>();
        var programs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = false;
        var workflowsFolder = false;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path))) (DefinitionFiles.IsWorkflowFile(path) ? workflows : forms).Add(path);
                continue;
            }
            if (!Directory.Exists(path))
            {
                stderr.WriteLine($"formengine: '{path}' does not exist.");
                problems = true;
                continue;
            }
            var foundForms = DefinitionFiles.FindForms(path);
            var foundWorkflows = DefinitionFiles.FindWorkflows(path);
            if (foundForms.Count == 0 && foundWorkflows.Count == 0)
            {
                stderr.WriteLine($"formengine: no {DefinitionFiles.FormFileName} found under '{path}', nor any workflow in a {DefinitionFiles.WorkflowsFolder}/ folder.");
                problems = true;
            }
            workflowsFolder |= foundWorkflows.Count > 0;
            var catalog = Path.Combine(path, CatalogLoader.FolderName);
            if (Directory.Exists(catalog) && seen.Add(Path.GetFullPath(catalog))) catalogs.Add(catalog);
            var programsFolder = Path.Combine(path, ProgramLoader.FolderName);
            if (Directory.Exists(programsFolder) && seen.Add(Path.GetFullPath(programsFolder))) programs.Add(programsFolder);
            forms.AddRange(foundForms.Where(f => seen.Add(Path.GetFullPath(f))));
            workflows.AddRange(foundWorkflows.Where(f => seen.Add(Path.GetFullPath(f))));
        }
        return new Found(forms, workflows, catalogs, programs, workflowsFolder, problems);
    }

    /// <summary>
    /// A form that does not compile still has a key and external lists for the catalogue to check its offers
    /// against; its own errors are already reported, so reading it again is silent.
    /// </summary>
    private static FormDefinition? ReadDefinition(string formFile)
    {
        try
        {
            var definition = new FormDefinitionReader(FieldTypeRegistry.Default.AllSettings).Read(formFile, File.ReadAllText(formFile), new DiagnosticBag());
            return definition is { Key.Length: > 0 } ? definition : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Read(string file, string what, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"formengine: the {what} file '{file}' cannot be read: {e.Message}");
            return null;
        }
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
