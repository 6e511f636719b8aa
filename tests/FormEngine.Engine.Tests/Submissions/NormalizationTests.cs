using FormEngine.Tests.Schema;

namespace FormEngine.Tests.Submissions;

/// <summary>Step 1: each answer is read as its field's type before anything else looks at it.</summary>
public sealed class NormalizationTests
{
    private static readonly Forms.CompiledForm Form = Pipeline.Fields("""
              - key: name
                type: text
                label: {sv: Namn}
              - key: story
                type: textarea
                label: {sv: Berätta}
              - key: count
                type: integer
                label: {sv: Antal}
              - key: amount
                type: decimal
                label: {sv: Belopp}
              - key: patient
                type: personnummer
                label: {sv: Personnummer}
              - key: phone
                type: phone
                label: {sv: Telefon}
              - key: smoker
                type: yes_no
                label: {sv: Röker du?}
              - key: at
                type: time
                label: {sv: Klockan}
              - key: when
                type: datetime
                label: {sv: Tidpunkt}
              - key: symptoms
                type: multiple_choice
                label: {sv: Symtom}
                choices:
                  - code: fever
                    label: {sv: Feber}
                  - code: cough
                    label: {sv: Hosta}
              - key: rows
                type: repeat
                label: {sv: Rader}
                fields:
                  - key: item
                    type: text
                    label: {sv: Sak}
                  - key: note
                    type: text
                    label: {sv: Not}
        """);

    private static string Stored(string json) => Pipeline.Submit(Form, json).Stored();

    [Fact]
    public void Text_is_trimmed() =>
        Assert.Equal("""{"name":"Anna Berg","story":"rad ett\nrad två"}""",
            Pipeline.Submit(Form, """{"name":"  Anna Berg ","story":"\trad ett\nrad två\n"}""").Data.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"\\t\\n\"")]
    [InlineData("null")]
    public void Empty_answers_are_absent(string empty)
    {
        var result = Pipeline.Submit(Form, $$"""{"name":{{empty}},"count":{{empty}},"patient":{{empty}},"symptoms":{{empty}}}""");

        Assert.Equal("{}", result.Stored());
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("\"1 000\"", "1000")]
    [InlineData("\"1\u00a0000\"", "1000")]
    [InlineData("\" -3 \"", "-3")]
    [InlineData("\"+5\"", "5")]
    [InlineData("12", "12")]
    public void Integers_are_read_from_text(string raw, string stored) =>
        Assert.Equal($$"""{"count":{{stored}}}""", Stored($$"""{"count":{{raw}}}"""));

    [Theory]
    [InlineData("\"2,5\"", "2.5")]
    [InlineData("\"1 000,25\"", "1000.25")]
    [InlineData("\"-0,5\"", "-0.5")]
    [InlineData("\"3\"", "3")]
    public void Decimals_accept_a_decimal_comma_and_spaces(string raw, string stored) =>
        Assert.Equal($$"""{"amount":{{stored}}}""", Stored($$"""{"amount":{{raw}}}"""));

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"2,5\"")]
    [InlineData("\"1e3\"")]
    public void Unreadable_integers_stay_as_sent_and_fail_as_the_wrong_type(string raw)
    {
        var result = Pipeline.Submit(Form, $$"""{"count":{{raw}}}""");

        Assert.Equal($$"""{"count":{{raw}}}""", result.Stored());
        Assert.Equal(["count:type"], result.Problems());
    }

    [Theory]
    [InlineData("19900101-2385")]
    [InlineData("199001012385")]
    [InlineData("900101-2385")]
    [InlineData("9001012385")]
    [InlineData(" 19900101-2385 ")]
    public void Personnummer_in_any_spelling_is_kept_as_twelve_digits(string spelling) =>
        Assert.Equal("""{"patient":"199001012385"}""", Stored($$"""{"patient":"{{spelling}}"}"""));

    [Fact]
    public void A_plus_marks_a_personnummer_of_someone_100_or_older()
    {
        var twelve = PersonnummerSamples.Twelve(1915, 3, 2, 555);

        Assert.Equal($$"""{"patient":"{{twelve}}"}""", Stored($$"""{"patient":"{{twelve[2..8]}}+{{twelve[8..]}}"}"""));
        Assert.Equal($$"""{"patient":"20{{twelve[2..]}}"}""", Stored($$"""{"patient":"{{twelve[2..8]}}-{{twelve[8..]}}"}"""));
    }

    [Fact]
    public void A_personnummer_with_a_wrong_check_digit_is_kept_and_rejected()
    {
        var result = Pipeline.Submit(Form, """{"patient":"19900101-2384"}""");

        Assert.Equal("""{"patient":"19900101-2384"}""", result.Stored());
        Assert.Equal(["patient:format"], result.Problems());
    }

    [Theory]
    [InlineData("070-123 45 67", "0701234567")]
    [InlineData("+46 (0)70 123 45 67", "+460701234567")]
    [InlineData("(08) 123 456", "08123456")]
    public void Phone_numbers_lose_spaces_dashes_and_brackets(string raw, string stored) =>
        Assert.Equal(stored, Pipeline.Submit(Form, $$"""{"phone":"{{raw}}"}""").Data["phone"]!.GetValue<string>());

    [Theory]
    [InlineData("\"ja\"", "true")]
    [InlineData("\"Ja\"", "true")]
    [InlineData("\"yes\"", "true")]
    [InlineData("\"true\"", "true")]
    [InlineData("true", "true")]
    [InlineData("\"nej\"", "false")]
    [InlineData("\"No\"", "false")]
    [InlineData("\"FALSE\"", "false")]
    public void Yes_and_no_words_become_booleans(string raw, string stored) =>
        Assert.Equal($$"""{"smoker":{{stored}}}""", Stored($$"""{"smoker":{{raw}}}"""));

    [Fact]
    public void Times_and_date_times_get_their_canonical_form() =>
        Assert.Equal("""{"at":"09:05","when":"2024-05-01T10:00"}""", Stored("""{"at":"9:05","when":"2024-05-01 10:00"}"""));

    [Theory]
    [InlineData("\"fever\"", """["fever"]""")]
    [InlineData("""[" fever ",""," "]""", """["fever"]""")]
    [InlineData("""["fever","cough"]""", """["fever","cough"]""")]
    public void A_lone_ticked_box_becomes_a_list(string raw, string stored) =>
        Assert.Equal($$"""{"symptoms":{{stored}}}""", Stored($$"""{"symptoms":{{raw}}}"""));

    [Fact]
    public void Empty_rows_are_dropped() =>
        Assert.Equal("""{"rows":[{"item":"Rullator"}]}""", Stored("""{"rows":[{},{"item":" ","note":""},{"item":"Rullator"},null]}"""));

    [Fact]
    public void A_repeat_of_only_empty_rows_is_absent() => Assert.Equal("{}", Stored("""{"rows":[{},{"item":""}]}"""));

    [Fact]
    public void Unknown_answers_are_kept_so_that_validation_reports_them()
    {
        var result = Pipeline.Submit(Form, """{"name":"Anna","admin":true}""");

        Assert.Equal("""{"name":"Anna","admin":true}""", result.Stored());
        Assert.Equal(["admin:unknown"], result.Problems());
    }

    [Fact]
    public void A_submission_that_is_not_an_object_is_one_problem()
    {
        var result = Pipeline.Submit(Form, """["name"]""");

        Assert.Equal([":type"], result.Problems());
        Assert.Equal("{}", result.Stored());
    }
}
