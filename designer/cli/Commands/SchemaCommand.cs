using System.CommandLine;
using FormEngine.Cli.Input;

namespace FormEngine.Cli.Commands;

/// <summary><c>formengine schema FORM</c>: prints the form's JSON Schema 2020-12 (the published submission contract).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var form = CommonOptions.Form();
        var command = new Command("schema", "Print the JSON Schema of a form's submissions.") { form };
        command.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var compiled = CliFiles.CompileForm(parsed.GetValue(form)!, parsed.InvocationConfiguration.Error);
            output.WriteLine(compiled.JsonSchema);
            return ExitCodes.Ok;
        });
        return command;
    }
}
