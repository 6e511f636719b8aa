using FormEngine.Diagnostics;

namespace FormEngine.Tests.Definitions;

public sealed class DidYouMeanTests
{
    [Theory]
    [InlineData("categroy", "category")]   // two edits allowed for eight letters
    [InlineData("txt", "text")]            // one edit allowed even for short names
    [InlineData("Label", "label")]         // case does not count
    [InlineData("resaon", "reason")]
    [InlineData("lable", "label")]         // a swap of neighbouring letters is one edit
    [InlineData("reqiured", "required")]
    public void Suggests_the_closest_known_name(string given, string expected) =>
        Assert.Equal(expected, DidYouMean.Closest(given, ["label", "category", "text", "reason", "required"]));

    [Theory]
    [InlineData("abxye")]                  // two edits in five letters is too many
    [InlineData("workflow")]
    [InlineData("")]
    public void Suggests_nothing_when_no_name_is_close(string given) =>
        Assert.Null(DidYouMean.Closest(given, ["abcde", "label"]));

    [Fact]
    public void The_allowed_distance_grows_with_the_length_up_to_three()
    {
        Assert.Equal("abcdefghijkl", DidYouMean.Closest("abcxyzghijkl", ["abcdefghijkl"]));
        Assert.Null(DidYouMean.Closest("abcwxyzhijkl", ["abcdefghijkl"]));
    }

    [Fact]
    public void Suggest_wraps_the_name_in_a_sentence_or_says_nothing()
    {
        Assert.Equal(" Did you mean 'label'?", DidYouMean.Suggest("labl", ["label"]));
        Assert.Equal("", DidYouMean.Suggest("zzz", ["label"]));
        Assert.Equal("", DidYouMean.Suggest("label", []));
    }
}
