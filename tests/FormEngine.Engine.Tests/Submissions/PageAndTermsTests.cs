namespace FormEngine.Tests.Submissions;

/// <summary>Per-page validation and accepting the terms.</summary>
public sealed class PageAndTermsTests
{
    private static readonly Forms.CompiledForm Form = Pipeline.Form("""
        terms: {sv: Jag godkänner villkoren.}
        pages:
          - key: first
            title: {sv: Först}
            fields:
              - key: name
                type: text
                label: {sv: Namn}
                required: true
          - key: second
            title: {sv: Sedan}
            fields:
              - key: address
                type: group
                label: {sv: Adress}
                fields:
                  - key: street
                    type: text
                    label: {sv: Gata}
                    required: true
              - key: rows
                type: repeat
                label: {sv: Rader}
                fields:
                  - key: item
                    type: integer
                    label: {sv: Sak}
        """);

    [Fact]
    public void Issues_belong_to_the_page_of_their_top_level_field()
    {
        var result = Pipeline.Submit(Form, """{"rows":[{"item":"x"}],"terms_accepted":true}""");

        Assert.Equal(["name:required"], result.IssuesOnPage(0).Select(i => $"{i.Path}:{i.Code}"));
        Assert.Equal(["address.street:required", "rows[0].item:type"], result.IssuesOnPage(1).Select(i => $"{i.Path}:{i.Code}"));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("\"ja\"")]
    [InlineData("\"on\"")]
    [InlineData("\" Yes \"")]
    public void Terms_are_accepted_by_a_true_or_a_ticked_box(string accepted)
    {
        var result = Pipeline.Submit(Form, $$"""{"name":"Anna","address":{"street":"Storgatan 1"},"terms_accepted":{{accepted}}}""");

        Assert.True(result.IsValid, string.Join(", ", result.Problems()));
        Assert.True(result.Data["terms_accepted"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("")]
    [InlineData(""","terms_accepted":false""")]
    [InlineData(",\"terms_accepted\":\"nej\"")]
    [InlineData(""","terms_accepted":1""")]
    public void Without_accepted_terms_the_form_cannot_be_sent(string terms)
    {
        var result = Pipeline.Submit(Form, $$"""{"name":"Anna","address":{"street":"Storgatan 1"}{{terms}}}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("terms_accepted", "required"), (issue.Path, issue.Code));
        Assert.Equal("Du måste godkänna villkoren för att skicka.", issue.Message());
        Assert.Equal("You must accept the terms to send.", issue.Message("en"));
        Assert.False(result.Data.ContainsKey("terms_accepted"));
    }

    [Fact]
    public void A_form_without_terms_has_nothing_to_accept() =>
        Assert.Equal(["terms_accepted:unknown"], Pipeline.Submit(Pipeline.Fields("""
                  - key: name
                    type: text
                    label: {sv: Namn}
            """), """{"name":"Anna","terms_accepted":true}""").Problems());
}
