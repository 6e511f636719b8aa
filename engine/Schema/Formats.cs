using System.Globalization;
using System.Text.RegularExpressions;
using FormEngine.Identity;

namespace FormEngine.Schema;

/// <summary>
/// The string formats forms use, with the one implementation both our validator and JsonSchema.Net run
/// (registered there by <c>JsonSchemaFormats</c>), so the published schema means exactly what we check.
/// </summary>
public static partial class Formats
{
    public const string Date = "date";
    public const string Time = "local-time";
    public const string LocalDateTime = "local-date-time";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Personnummer = "personnummer";

    public static readonly IReadOnlyDictionary<string, Func<string, bool>> Checks = new Dictionary<string, Func<string, bool>>
    {
        [Date] = s => TryParseDate(s, out _),
        [Time] = s => TryParseTime(s, out _),
        [LocalDateTime] = s => TryParseLocalDateTime(s, out _),
        [Email] = s => s.Length <= 254 && EmailPattern().IsMatch(s),
        [Phone] = s => PhonePattern().IsMatch(s),
        [Personnummer] = s => s.Length == 12 && Identity.Personnummer.TryParse(s, DateOnly.MaxValue, out _),
    };

    public static bool TryParseDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryParseTime(string s, out TimeOnly time) =>
        TimeOnly.TryParseExact(s, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryParseLocalDateTime(string s, out DateTime time) =>
        DateTime.TryParseExact(s, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();

    /// <summary>After normalisation: optional +, then 6 to 15 digits.</summary>
    [GeneratedRegex(@"^\+?[0-9]{6,15}$")]
    private static partial Regex PhonePattern();
}
