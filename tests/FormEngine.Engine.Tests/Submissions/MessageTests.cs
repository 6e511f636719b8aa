namespace FormEngine.Tests.Submissions;

/// <summary>What a resident reads: plain Swedish by default, English on request, the author's own words when given.</summary>
public sealed class MessageTests
{
    private static readonly Forms.CompiledForm Form = Pipeline.Fields("""
              - key: name
                type: text
                label: {sv: Namn, en: Name}
                required: true
                validators:
                  - max_length: 5
                    message: {sv: Skriv högst fem tecken i namnet., en: Use at most five characters.}
              - key: nickname
                type: text
                label: {sv: Smeknamn}
                validators:
                  - min_length: 2
              - key: colour
                type: single_choice
                label: {sv: Färg}
                required: true
                choices:
                  - code: red
                    label: {sv: Röd}
              - key: symptoms
                type: multiple_choice
                label: {sv: Symtom}
                required: true
                choices:
                  - code: fever
                    label: {sv: Feber}
              - key: count
                type: integer
                label: {sv: Antal}
                validators:
                  - min: 1
                    message: {sv: Minst en.}
              - key: dose
                type: decimal
                label: {sv: Dos}
                validators:
                  - max: 2.5
              - key: born
                type: date
                label: {sv: Född}
              - key: email
                type: email
                label: {sv: E-post}
        """);

    private static FormEngine.Submissions.ValidationIssue Issue(string json, string path) =>
        Pipeline.Submit(Form, json).Issues.Single(i => i.Path == path);

    private const string Valid = "\"name\":\"Anna\",\"colour\":\"red\",\"symptoms\":[\"fever\"]";

    [Theory]
    [InlineData("""{"colour":"red","symptoms":["fever"]}""", "name", "Fyll i fältet.", "Fill in this field.")]
    [InlineData("""{"name":"Anna","symptoms":["fever"]}""", "colour", "Välj ett svar.", "Select an answer.")]
    [InlineData("""{"name":"Anna","colour":"red"}""", "symptoms", "Välj minst ett alternativ.", "Select at least one option.")]
    [InlineData("""{"name":"Anna","colour":"blue","symptoms":["fever"]}""", "colour", "Välj ett av alternativen.", "Select one of the options.")]
    [InlineData("{" + Valid + ""","count":"två"}""", "count", "Skriv ett heltal, till exempel 2.", "Enter a whole number, for example 2.")]
    [InlineData("{" + Valid + ""","dose":"mycket"}""", "dose", "Skriv ett tal, till exempel 2,5.", "Enter a number, for example 2,5.")]
    [InlineData("{" + Valid + ""","nickname":"A"}""", "nickname", "Skriv minst 2 tecken.", "Write at least 2 characters.")]
    [InlineData("{" + Valid + ""","born":"2025-02-30"}""", "born", "Skriv ett riktigt datum som ÅÅÅÅ-MM-DD.", "Enter a real date as YYYY-MM-DD.")]
    [InlineData("{" + Valid + ""","email":"anna@"}""", "email", "Skriv en e-postadress som namn@exempel.se.", "Enter an e-mail address like name@example.com.")]
    [InlineData("{" + Valid + ""","extra":1}""", "extra", "Svaret hör inte till formuläret.", "This answer does not belong to the form.")]
    public void Default_messages_are_plain_swedish_and_english(string json, string path, string swedish, string english)
    {
        var issue = Issue(json, path);

        Assert.Equal(swedish, issue.Message());
        Assert.Equal(english, issue.Message("en"));
    }

    [Fact]
    public void Decimal_limits_are_written_the_swedish_way() =>
        Assert.Equal("Skriv 2,5 eller mindre.", Issue("{" + Valid + ""","dose":"3"}""", "dose").Message());

    [Fact]
    public void A_validators_own_message_replaces_the_default()
    {
        var issue = Issue("""{"name":"Annabella","colour":"red","symptoms":["fever"]}""", "name");

        Assert.Equal("max_length", issue.Code);
        Assert.Equal("Skriv högst fem tecken i namnet.", issue.Message());
        Assert.Equal("Use at most five characters.", issue.Message("en"));
    }

    [Fact]
    public void A_swedish_only_message_is_also_shown_to_english_readers()
    {
        var issue = Issue("{" + Valid + ""","count":0}""", "count");

        Assert.Equal("Minst en.", issue.Message("en"));
    }

    [Fact]
    public void Lengths_count_what_a_reader_sees_as_characters()
    {
        // Five user-perceived characters: e + combining acute, a flag, a skin-toned emoji, å and CRLF.
        Assert.True(Pipeline.Submit(Form, """{"name":"e\u0301🇸🇪👍🏽å\r\nx","colour":"red","symptoms":["fever"]}""").Problems() is ["name:max_length"]);
        Assert.True(Pipeline.Submit(Form, """{"name":"e\u0301🇸🇪👍🏽å","colour":"red","symptoms":["fever"]}""").IsValid);
    }
}
