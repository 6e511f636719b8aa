namespace FormEngine.Tests.Submissions;

/// <summary>Steps 3-4: answers to questions that are not shown are removed before validation.</summary>
public sealed class RelevanceTests
{
    private static readonly Forms.CompiledForm Form = Pipeline.Form("""
        pages:
          - key: first
            title: {sv: Först}
            fields:
              - key: c
                type: text
                label: {sv: C}
                required: true
                visible_when: b == 'x'
              - key: b
                type: text
                label: {sv: B}
                visible_when: a == 'yes'
              - key: a
                type: single_choice
                label: {sv: A}
                choices:
                  - code: "yes"
                    label: {sv: Ja}
                  - code: "no"
                    label: {sv: Nej}
              - key: allergy
                type: yes_no
                label: {sv: Allergi?}
              - key: allergy_details
                type: text
                label: {sv: Vilken?}
                required: true
                visible_when: allergy
                validators:
                  - max_length: 5
              - key: delivery
                type: group
                label: {sv: Leverans}
                visible_when: allergy == false
                fields:
                  - key: address
                    type: text
                    label: {sv: Adress}
                    required: true
                  - key: door
                    type: group
                    label: {sv: Port}
                    fields:
                      - key: code
                        type: integer
                        label: {sv: Portkod}
                        required: true
          - key: renewal
            title: {sv: Förnyelse}
            visible_when: a == 'yes'
            fields:
              - key: issuer
                type: text
                label: {sv: Utfärdare}
                required: true
        """);

    [Fact]
    public void A_hidden_fields_answer_is_removed_before_validation()
    {
        var result = Pipeline.Submit(Form, """{"allergy":false,"allergy_details":"far too long","delivery":{"address":"Storgatan 1","door":{"code":1234}}}""");

        Assert.False(result.Data.ContainsKey("allergy_details"));
        Assert.True(result.IsValid, string.Join(", ", result.Problems()));
    }

    [Fact]
    public void A_shown_fields_answer_is_validated() =>
        Assert.Equal(["allergy_details:max_length"], Pipeline.Submit(Form, """{"allergy":true,"allergy_details":"far too long"}""").Problems());

    [Fact]
    public void A_hidden_group_hides_all_its_children()
    {
        var result = Pipeline.Submit(Form, """{"allergy":true,"allergy_details":"nöt","delivery":{"address":"","door":{"code":"abc"}}}""");

        Assert.False(result.Data.ContainsKey("delivery"));
        Assert.True(result.IsValid, string.Join(", ", result.Problems()));
        Assert.DoesNotContain(result.RelevantPaths, p => p.StartsWith("delivery", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shown_group_is_created_so_that_its_required_children_are_reported()
    {
        var result = Pipeline.Submit(Form, """{"allergy":false}""");

        Assert.Equal(["delivery.address:required", "delivery.door.code:required"], result.Problems());
        Assert.Contains("delivery.door.code", result.RelevantPaths);
    }

    [Fact]
    public void Answers_on_a_hidden_page_are_removed_and_not_required()
    {
        var result = Pipeline.Submit(Form, """{"a":"no","issuer":"Dr Berg"}""");

        Assert.False(result.Data.ContainsKey("issuer"));
        Assert.True(result.IsValid, string.Join(", ", result.Problems()));
    }

    [Fact]
    public void Questions_on_a_shown_page_are_required() =>
        Assert.Equal(["issuer:required"], Pipeline.Submit(Form, """{"a":"yes","b":"y"}""").Problems());

    [Fact]
    public void A_chain_of_conditions_is_decided_in_dependency_order_not_document_order()
    {
        // c depends on b, which depends on a, although c comes first in the form.
        var hidden = Pipeline.Submit(Form, """{"a":"no","b":"x","c":"kept?"}""");
        var shown = Pipeline.Submit(Form, """{"a":"yes","b":"x","issuer":"Dr Berg"}""");

        Assert.Equal("""{"a":"no"}""", hidden.Stored());
        Assert.True(hidden.IsValid);
        Assert.Equal(["c:required"], shown.Problems());
    }
}
