using System.CommandLine;
using FormEngine.Cli.Input;
using FormEngine.Definitions.Loading;
using FormEngine.Diagnostics;
using FormEngine.Versions;

namespace FormEngine.Cli.Commands;

/// <summary>
/// <c>formengine publish FOLDER</c>: records the content hash of every form version under the folder in
/// <c>FOLDER/published.yaml</c>, so that a later edit without a new version number is FE1050. Nothing is
/// recorded unless every form and example is free of errors.
/// </summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("FOLDER") { Description = "The definitions folder, e.g. definitions." };
        var command = new Command("publish", $"Record the published version of every form under FOLDER in FOLDER/{PublishedVersions.FileName}.") { folder };
        command.SetAction(parsed => Run(parsed.GetValue(folder)!, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string folder, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(folder)) throw CommandFailedException.Usage($"'{folder}' is not a folder.");
        var forms = DefinitionFiles.FindForms(folder);
        if (forms.Count == 0) throw CommandFailedException.Usage($"no {DefinitionFiles.FormFileName} found under '{folder}'.");

        var recordFile = Path.Combine(folder, PublishedVersions.FileName);
        var bag = new DiagnosticBag();
        var record = File.Exists(recordFile)
            ? PublishedVersions.Read(recordFile, CliFiles.ReadText(recordFile, "The published record"), bag)
            : PublishedVersions.Empty(recordFile);
        var loader = new FormLoader();
        var loaded = forms.Select(loader.Load).ToList();
        var problems = bag.Items.Concat(loaded.SelectMany(l => l.Diagnostics)).Where(d => d.IsError).ToList();
        if (problems.Count > 0)
        {
            CliFiles.Report(problems, stderr);
            stderr.WriteLine($"formengine: nothing published: fix the {problems.Count} error{(problems.Count == 1 ? "" : "s")} first.");
            return ExitCodes.Invalid;
        }

        var added = loaded.Select(l => l.Form!).Where(record.Add).ToList();
        File.WriteAllText(recordFile, record.ToYaml());
        foreach (var form in added) stdout.WriteLine($"published {form.Key} version {form.Version}");
        stdout.WriteLine($"{added.Count} new version{(added.Count == 1 ? "" : "s")} recorded in {recordFile}");
        return ExitCodes.Ok;
    }
}
