using System.CommandLine;

namespace FormEngine.Cli.Commands;

/// <summary>Options several commands share; each command gets its own instances.</summary>
internal static class CommonOptions
{
    public static Option<string> Language() =>
        new Option<string>("--lang")
        {
            Description = "Language of the texts: sv (default) or en.",
            DefaultValueFactory = _ => "sv",
        }.AcceptOnlyFromAmong("sv", "en");

    public static Option<string?> Context() => new("--context")
    {
        Description = "JSON or YAML file with today, resident, clinic and external lists. Without it: today's date and nothing else.",
        HelpName = "FILE",
    };

    public static Argument<string> Form() => new("FORM") { Description = "The form definition (form.yaml)." };
}
