using FormEngine.Forms.Compilation;

namespace FormEngine.Tests.Definitions;

public sealed class ContentHashTests
{
    private const string Yaml = "key: a\nversion: 1\ntitle: {sv: A}\n";

    [Fact]
    public void Windows_and_unix_line_endings_hash_the_same() =>
        Assert.Equal(FormCompiler.ContentHash(Yaml), FormCompiler.ContentHash(Yaml.Replace("\n", "\r\n")));

    [Fact]
    public void Trailing_spaces_and_final_newlines_do_not_count() =>
        Assert.Equal(FormCompiler.ContentHash(Yaml), FormCompiler.ContentHash("key: a  \nversion: 1\ntitle: {sv: A}\t\n\n\n"));

    [Theory]
    [InlineData("key: a\nversion: 2\ntitle: {sv: A}\n")]
    [InlineData("key: a\nversion: 1\ntitle: {sv: B}\n")]
    [InlineData("key: a\n  version: 1\ntitle: {sv: A}\n")] // indentation is meaning in YAML
    public void Any_change_in_content_changes_the_hash(string changed) =>
        Assert.NotEqual(FormCompiler.ContentHash(Yaml), FormCompiler.ContentHash(changed));

    [Fact]
    public void The_hash_is_lowercase_hex_sha256() =>
        Assert.Matches("^[0-9a-f]{64}$", FormCompiler.ContentHash(Yaml));
}
