using FormEngine.Catalog;
using static FormEngine.Tests.Catalog.CatalogFixtures;

namespace FormEngine.Tests.Catalog;

/// <summary>
/// The loader never throws on a damaged catalogue. The real catalogue is damaged one line at a time (removed,
/// its value replaced by a list, a mapping or nothing, or cut off mid-line) and must still load to a result.
/// </summary>
public sealed class CatalogRobustnessTests
{
    [Fact]
    public void Damaged_catalogues_give_diagnostics_not_exceptions()
    {
        var file = Path.Combine(RealCatalogFolder, "jonkopings-lan.yaml");
        var lines = File.ReadAllText(file).Split('\n');
        var variants = 0;
        foreach (var variant in Damaged(lines))
        {
            variants++;
            CatalogLoadResult? result = null;
            var exception = Record.Exception(() => result = CatalogLoader.Read([new CatalogFile("damaged.yaml", variant)], RealForms));
            Assert.True(exception is null, $"{exception}\n--- damaged.yaml\n{variant}");
            Assert.NotNull(result!.Catalog);
        }
        Assert.True(variants > lines.Length * 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just text")]
    [InlineData("- a\n- b\n")]
    [InlineData("key: [\n")]
    [InlineData("clinics: {vc-eksjo: 1}\n")]
    [InlineData("clinics:\n  - 1\n  - [a]\n  - {queues: {a: b}, offers: x, standard_replies: [1], lists: 2}\n")]
    [InlineData("clinics:\n  - offers:\n      - {eservice: [x], queue: {a: 1}, lists: {certificate_kinds: x}}\n      - lists: [a]\n      - 7\n")]
    [InlineData("key: a\n---\nkey: b\n")]
    [InlineData("key: &anchor a\nname: *anchor\n")]
    public void Odd_files_give_errors_not_exceptions(string yaml)
    {
        var result = Read(yaml);
        Assert.True(result.HasErrors);
        Assert.Empty(result.Catalog.Clinics);
    }

    private static IEnumerable<string> Damaged(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var skip = i;
            string Replace(string line) => string.Join('\n', lines.Select((l, j) => j == skip ? line : l));
            yield return string.Join('\n', lines.Where((_, j) => j != skip));
            yield return Replace(lines[i][..(lines[i].Length / 2)]);
            var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0) continue;
            foreach (var value in new[] { "[1, 2]", "{a: b}", "", "\"\"", "-1" })
                yield return Replace(lines[i][..(colon + 2)] + value);
        }
    }
}
