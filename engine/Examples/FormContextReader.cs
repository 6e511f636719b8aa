using System.Globalization;
using FormEngine.Definitions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;
using FormEngine.Identity;
using FormEngine.Submissions;

namespace FormEngine.Examples;

/// <summary>
/// Reads a <see cref="FormContext"/> written by hand: an example's <c>context:</c> mapping, or a context file
/// (JSON or YAML) given to the command-line tool. Mistakes are reported and skipped, never thrown.
/// </summary>
/// <example><code>
/// today: 2026-11-25
/// resident: {personnummer: "191212121212", name: Tolvan Tolvansson}
/// clinic: {key: vc-eksjo, name: Vårdcentralen Eksjö}
/// lists:
///   certificate_kinds:
///     - {code: korkort, label: {sv: Körkortsintyg, en: Driving licence certificate}}
/// </code></example>
public static class FormContextReader
{
    private static readonly string[] Properties = ["today", "resident", "clinic", "lists"];
    private static readonly string[] ResidentProperties = ["personnummer", "name", "email", "phone"];
    private static readonly string[] ClinicProperties = ["key", "name"];
    private static readonly string[] ChoiceProperties = ["code", "label"];

    /// <summary>A whole context file; null when it cannot be read at all.</summary>
    public static FormContext? ReadFile(string file, string text, DateOnly defaultToday, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var root = YamlTreeReader.Read(file, text, local);
        diagnostics.AddRange(local.Items);
        if (local.HasErrors) return null;
        if (root is null || root is YamlScalar { IsNull: true }) return new FormContext { Today = defaultToday };
        if (root is YamlMapping mapping) return Read(mapping, defaultToday, diagnostics);
        diagnostics.Report(DiagnosticCodes.WrongNodeKind, root.Span, "A context must be a mapping with today, resident, clinic and lists.");
        return null;
    }

    /// <param name="mapping">The context mapping, or null for "nothing but today".</param>
    public static FormContext Read(YamlMapping? mapping, DateOnly defaultToday, DiagnosticBag diagnostics)
    {
        if (mapping is null) return new FormContext { Today = defaultToday };
        var reader = new MappingReader(mapping, diagnostics, Properties, "the context");
        var today = ReadToday(reader) ?? defaultToday;
        return new FormContext
        {
            Today = today,
            Resident = ReadResident(reader, today),
            Clinic = ReadClinic(reader),
            Lists = ReadLists(reader),
        };
    }

    private static DateOnly? ReadToday(MappingReader reader)
    {
        var scalar = reader.Scalar("today");
        if (scalar is null) return null;
        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
            return today;
        reader.Diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Span, $"'today' must be a date written YYYY-MM-DD, not '{scalar.Value}'.");
        return null;
    }

    private static ResidentInfo? ReadResident(MappingReader context, DateOnly today)
    {
        var mapping = context.Mapping("resident");
        if (mapping is null) return null;
        var resident = new MappingReader(mapping, context.Diagnostics, ResidentProperties, "the resident");
        var number = resident.Scalar("personnummer", required: true);
        if (number is null) return null;
        if (!Personnummer.TryParse(number.Value, today, out var personnummer))
        {
            context.Diagnostics.Report(DiagnosticCodes.InvalidValue, number.Span,
                $"'{number.Value}' is not a valid personnummer or samordningsnummer (write it in quotes, e.g. \"191212121212\").");
            return null;
        }
        return new ResidentInfo(personnummer.TwelveDigits, resident.String("name"), resident.String("email"), resident.String("phone"));
    }

    private static ClinicInfo? ReadClinic(MappingReader context)
    {
        var mapping = context.Mapping("clinic");
        if (mapping is null) return null;
        var clinic = new MappingReader(mapping, context.Diagnostics, ClinicProperties, "the clinic");
        var key = clinic.String("key", required: true);
        var name = clinic.String("name", required: true);
        return key is null || name is null ? null : new ClinicInfo(key, name);
    }

    private static Dictionary<string, IReadOnlyList<ExternalChoice>> ReadLists(MappingReader context)
    {
        var lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>(StringComparer.Ordinal);
        var mapping = context.Mapping("lists");
        if (mapping is null) return lists;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Value is YamlScalar { IsNull: true })
            {
                lists[entry.Key.Value] = [];
                continue;
            }
            if (entry.Value is not YamlSequence items)
            {
                context.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, entry.Value.Span,
                    $"List '{entry.Key.Value}' must be a list of choices (lines starting with '-').");
                continue;
            }
            lists[entry.Key.Value] = ReadChoices(items, context.Diagnostics);
        }
        return lists;
    }

    private static List<ExternalChoice> ReadChoices(YamlSequence items, DiagnosticBag diagnostics)
    {
        var choices = new List<ExternalChoice>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.Items)
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, item.Span, "A choice must be a mapping with code and label.");
                continue;
            }
            var choice = new MappingReader(mapping, diagnostics, ChoiceProperties, "a choice");
            var code = choice.Scalar("code", required: true);
            var label = Definitions.TextReader.Read(choice, "label", required: true);
            if (code is null || label is null) continue;
            if (!codes.Add(code.Value))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateChoiceCode, code.Span, $"Choice code '{code.Value}' is used twice in this list.");
                continue;
            }
            choices.Add(new ExternalChoice(code.Value, label));
        }
        return choices;
    }
}
