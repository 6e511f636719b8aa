using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Catalog;

/// <summary>Reads a clinic's <c>booking:</c> block (<see cref="ClinicBooking"/>); absent means the kind's defaults.</summary>
internal static class BookingReader
{
    private static readonly string[] Properties = ["online_care_types", "cancellation_deadline_weekdays"];
    private static readonly string[] CareTypeProperties = ["key", "name"];

    public static ClinicBooking Read(YamlMapping? node, ClinicKind? kind, DiagnosticBag diagnostics)
    {
        var fallback = ClinicBooking.DefaultDeadlineWeekdays(kind ?? ClinicKind.Vardcentral);
        if (node is null) return new ClinicBooking([], fallback);
        var booking = new MappingReader(node, diagnostics, Properties, "booking settings");
        var deadline = fallback;
        if (booking.Scalar("cancellation_deadline_weekdays") is { } scalar)
        {
            if (int.TryParse(scalar.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days)
                && days <= ClinicBooking.MaxDeadlineWeekdays)
                deadline = days;
            else
                diagnostics.Report(DiagnosticCodes.InvalidCancellationDeadline, scalar.Span,
                    $"'cancellation_deadline_weekdays' must be a whole number of full weekdays from 0 to {ClinicBooking.MaxDeadlineWeekdays}, not '{scalar.Value}' (primary care usually 1, specialist care 3).");
        }
        return new ClinicBooking(ReadCareTypes(booking.Sequence("online_care_types") ?? [], diagnostics), deadline);
    }

    private static List<BookableCareType> ReadCareTypes(IReadOnlyList<YamlNode> nodes, DiagnosticBag diagnostics)
    {
        var careTypes = new List<BookableCareType>();
        foreach (var node in nodes)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "An online care type must be a mapping with key and name.");
                continue;
            }
            var careType = new MappingReader(mapping, diagnostics, CareTypeProperties, "an online care type");
            var key = careType.Scalar("key", required: true);
            var name = careType.String("name", required: true);
            if (key is null || !CatalogKey.Check(key, diagnostics, "Care type key") || name is null) continue;
            if (careTypes.Exists(c => c.Key == key.Value))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateCareType, key.Span, $"Care type '{key.Value}' is given twice in this clinic's online care types.");
                continue;
            }
            careTypes.Add(new BookableCareType(key.Value, name));
        }
        return careTypes;
    }
}
