using System.Text.Json;
using FormEngine.Workflows.Definitions;

namespace FormEngine.Tests.Workflows.Definitions;

public sealed class JsonPositionsTests
{
    [Fact]
    public void Values_are_found_by_pointer_at_their_first_character()
    {
        var positions = JsonPositions.Build("{\n  \"a\": 1,\n  \"b\": {\"c\": [true, null, \"x\"]}\n}");
        Assert.Equal((1, 1), positions.Find(""));
        Assert.Equal((2, 8), positions.Find("/a"));
        Assert.Equal((3, 8), positions.Find("/b"));
        Assert.Equal((3, 14), positions.Find("/b/c"));
        Assert.Equal((3, 15), positions.Find("/b/c/0"));
        Assert.Equal((3, 21), positions.Find("/b/c/1"));
        Assert.Equal((3, 27), positions.Find("/b/c/2"));
        Assert.Null(positions.Find("/b/c/3"));
        Assert.Null(positions.Find("/nope"));
    }

    [Fact]
    public void Property_names_have_their_own_position()
    {
        var positions = JsonPositions.Build("{\n  \"root\": {\n    \"txt\": \"Hej\"\n  }\n}");
        Assert.Equal((3, 5), positions.FindName("/root/txt"));
        Assert.Equal((3, 12), positions.Find("/root/txt"));
        Assert.Null(positions.FindName("/root/missing"));
    }

    [Fact]
    public void Columns_count_characters_not_bytes_so_swedish_letters_before_a_value_move_it_one_column_each()
    {
        var positions = JsonPositions.Build("{\"åäö\": \"ÅÄÖ\", \"x\": 1}");
        Assert.Equal((1, 9), positions.Find("/åäö"));
        Assert.Equal((1, 21), positions.Find("/x"));
    }

    [Fact]
    public void Crlf_files_have_the_same_lines_and_columns_as_lf_files()
    {
        const string lf = "{\n  \"activities\": [\n    {\"id\": \"A\"},\n    {\"id\": \"B\"}\n  ]\n}";
        var crlf = JsonPositions.Build(lf.Replace("\n", "\r\n"));
        var plain = JsonPositions.Build(lf);
        foreach (var pointer in new[] { "", "/activities", "/activities/0", "/activities/1/id" })
            Assert.Equal(plain.Find(pointer), crlf.Find(pointer));
        Assert.Equal((4, 12), crlf.Find("/activities/1/id"));
    }

    [Fact]
    public void Nested_arrays_are_indexed_at_every_level()
    {
        var positions = JsonPositions.Build("[[1, [2, 3]], [], [[4]]]");
        Assert.Equal((1, 2), positions.Find("/0"));
        Assert.Equal((1, 6), positions.Find("/0/1"));
        Assert.Equal((1, 10), positions.Find("/0/1/1"));
        Assert.Equal((1, 15), positions.Find("/1"));
        Assert.Equal((1, 21), positions.Find("/2/0/0"));
    }

    [Fact]
    public void Names_with_a_slash_or_a_tilde_are_escaped_as_json_pointer_says()
    {
        var positions = JsonPositions.Build("{\"a/b\": {\"c~d\": 5}}");
        Assert.Equal((1, 17), positions.Find("/a~1b/c~0d"));
        Assert.Equal("a~1b", JsonPositions.Escape("a/b"));
    }

    [Fact]
    public void A_character_inside_a_string_value_is_found_through_escapes()
    {
        // decoded: getCounter() > "ö" ; the raw text spells > as \u003E and the quotes as \"
        var positions = JsonPositions.Build("{\"v\": \"getCounter() \\u003E \\\"ö\\\" x\"}");
        Assert.Equal((1, 7), positions.Find("/v"));
        Assert.Equal((1, 8), positions.FindInString("/v", 0));
        Assert.Equal((1, 21), positions.FindInString("/v", 13)); // the escaped >
        Assert.Equal((1, 28), positions.FindInString("/v", 15)); // the escaped quote before ö
        Assert.Equal((1, 30), positions.FindInString("/v", 16)); // ö
        Assert.Equal((1, 34), positions.FindInString("/v", 19)); // x
        Assert.Null(positions.FindInString("/nope", 0));
    }

    [Fact]
    public void A_syntax_error_keeps_what_came_before_and_its_position_is_in_characters()
    {
        const string json = "{\n  \"åäö\": 1,\n  \"b\": ]\n}";
        var positions = JsonPositions.Build(json);
        Assert.Equal((2, 10), positions.Find("/åäö"));
        var error = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json));
        Assert.Equal((3, 8), positions.FindError(error));
    }

    [Fact]
    public void Error_columns_after_swedish_letters_are_counted_in_characters()
    {
        const string json = "{\"åäö\": tru}";
        var error = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json));
        // å, ä and ö take two bytes each in UTF-8 and one column each
        Assert.Equal((1, (int)error.BytePositionInLine!.Value + 1 - 3), JsonPositions.Build(json).FindError(error));
    }

    [Fact]
    public void A_property_given_twice_is_listed_once_for_each_repetition()
    {
        var positions = JsonPositions.Build("{\"a\": {\"x\": 1, \"x\": 2, \"x\": 3}, \"b\": {\"x\": 4}}");
        Assert.Equal([("/a/x", 1, 16), ("/a/x", 1, 24)], positions.DuplicateNames);
        Assert.Equal((1, 13), positions.Find("/a/x")); // the first one
    }
}
