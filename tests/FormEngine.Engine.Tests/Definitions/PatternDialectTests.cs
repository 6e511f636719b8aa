using FormEngine.Forms.Compilation;

namespace FormEngine.Tests.Definitions;

public sealed class PatternDialectTests
{
    [Theory]
    [InlineData("(?>a+)b", "(?>")]
    [InlineData(@"\A\d+\z", @"\A")]
    [InlineData("[a-z-[aeiou]]", "-[")]
    [InlineData("(?i)abc", "(?i")]
    [InlineData("a(?#comment)b", "(?#")]
    public void Finds_dotnet_only_syntax(string pattern, string construct) =>
        Assert.Equal(construct, PatternDialect.DotNetOnly(pattern));

    [Theory]
    [InlineData("^[0-9]{3} ?[0-9]{2}$")]
    [InlineData(@"^\+?[0-9]{6,15}$")]
    [InlineData(@"(?<year>\d{4})-(?=\d)")]
    [InlineData(@"[\A-]")]                     // inside a class the letters are just letters
    [InlineData(@"\\A")]                       // an escaped backslash followed by A
    public void Accepts_portable_patterns(string pattern) => Assert.Null(PatternDialect.DotNetOnly(pattern));
}
