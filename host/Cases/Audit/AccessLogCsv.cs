using System.Globalization;
using System.Text;
using FormEngine.Host.Identity;

namespace FormEngine.Host.Cases.Audit;

/// <summary>
/// The access-log export, written by hand to RFC 4180 with the choices Swedish Excel opens without an import
/// dialog: UTF-8 with a byte-order mark (å, ä, ö survive), semicolon as separator (comma is the Swedish decimal
/// sign, so Excel in sv-SE splits on semicolons), CRLF line ends. Times are Europe/Stockholm. A value is quoted when
/// it holds a separator, quote or line break; a value starting with = + - @ (a file name in "Vad" is the
/// resident's own text) gets a leading apostrophe so a spreadsheet shows it instead of running it as a formula.
/// </summary>
public static class AccessLogCsv
{
    public const char Separator = ';';
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly IReadOnlyList<string> Header = ["Tidpunkt", "HSA-id", "Personal", "Personnummer", "Mottagning", "Åtgärd", "Vad"];

    public static string FileName(DateOnly today) => $"atkomstlogg-{today:yyyy-MM-dd}.csv";

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AccessLogRow> rows, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(Line(Header));
        await foreach (var row in rows.WithCancellation(cancellationToken))
            await writer.WriteLineAsync(Line(Values(row)));
        await writer.FlushAsync(cancellationToken);
    }

    public static IReadOnlyList<string> Values(AccessLogRow row) =>
    [
        TimeZoneInfo.ConvertTime(row.At, SwedishTime.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        row.StaffHsaId,
        // The column names the reader: staff by name, or the resident themselves / the ombud for their own reads.
        row.ActorText,
        row.ResidentPersonnummer,
        row.ClinicKey,
        AccessActions.Label(row.Action),
        row.What,
    ];

    public static string Line(IEnumerable<string> values) => string.Join(Separator, values.Select(Field));

    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
