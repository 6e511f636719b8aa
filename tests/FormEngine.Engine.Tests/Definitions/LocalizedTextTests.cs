using FormEngine.Definitions;

namespace FormEngine.Tests.Definitions;

public sealed class LocalizedTextTests
{
    private static LocalizedText Text(params (string Language, string Text)[] texts) =>
        new(texts.ToDictionary(t => t.Language, t => t.Text));

    [Fact]
    public void Gives_the_text_in_the_language_asked_for()
    {
        var text = Text(("sv", "Namn"), ("en", "Name"));
        Assert.Equal("Name", text.In("en"));
        Assert.Equal("Namn", text.In("sv"));
    }

    [Fact]
    public void Falls_back_to_swedish_when_the_language_is_missing() =>
        Assert.Equal("Namn", Text(("sv", "Namn")).In("en"));

    [Fact]
    public void Falls_back_to_any_given_language_when_swedish_is_missing_too() =>
        Assert.Equal("Name", Text(("en", "Name")).In("sv"));

    [Fact]
    public void An_empty_text_reads_as_empty_in_every_language() =>
        Assert.Equal("", Text().In("sv"));

    [Fact]
    public void Knows_which_languages_it_has()
    {
        var text = LocalizedText.Swedish("Namn");
        Assert.True(text.Has("sv"));
        Assert.False(text.Has("en"));
        Assert.Equal(["sv"], text.Languages);
        Assert.Equal("Namn", text.ToString());
    }
}
