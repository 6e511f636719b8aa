using System.Text;
using FormEngine.Host.Cases.Audit;

namespace FormEngine.Host.Tests.Authorization;

public sealed class AccessLogCsvTests
{
    [Theory]
    [InlineData("SE2321000065-P00000000001", "SE2321000065-P00000000001")]
    [InlineData("bilaga a;b.pdf", "\"bilaga a;b.pdf\"")]
    [InlineData("säger \"hej\"", "\"säger \"\"hej\"\"\"")]
    [InlineData("två\nrader", "\"två\nrader\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+46701234567", "'+46701234567")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void A_value_is_quoted_when_needed_and_never_read_as_a_formula(string value, string expected) =>
        Assert.Equal(expected, AccessLogCsv.Field(value));

    [Fact]
    public async Task The_file_is_utf8_with_a_bom_semicolon_separated_with_crlf_and_swedish_time()
    {
        var rows = new[]
        {
            // 12:00 UTC on a summer day is 14:00 in Stockholm.
            new AccessLogRow(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero), "SE1-P1", "Åsa Öberg", "191212121212", "vc-eksjo", "read", "ärende FE-1: svar"),
            new AccessLogRow(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero), "SE1-P2", null, "191212121212", "vc-eksjo", "copy", "bilaga x.pdf"),
        };
        using var stream = new MemoryStream();

        await AccessLogCsv.WriteAsync(stream, rows.ToAsyncEnumerable());

        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal(
            "Tidpunkt;HSA-id;Personal;Personnummer;Mottagning;Åtgärd;Vad\r\n" +
            "2026-07-01 14:00:00;SE1-P1;Åsa Öberg;191212121212;vc-eksjo;Läsning;ärende FE-1: svar\r\n" +
            "2026-01-01 13:00:00;SE1-P2;;191212121212;vc-eksjo;Kopiering;bilaga x.pdf\r\n",
            Encoding.UTF8.GetString(bytes[3..]));
    }
}
