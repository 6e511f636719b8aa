using System.Text.Json.Nodes;
using FormEngine.Forms.Compilation;
using FormEngine.Submissions;

namespace FormEngine.Tests.Privacy;

public sealed class SensitiveDataMaskTests
{
    private const string Form = """
        key: mask-demo
        version: 1
        title: {sv: Demo}
        category: demo
        workflow: standard-case
        sensitivity: health
        pages:
          - key: one
            title: {sv: Ett}
            fields:
              - {key: clinic_choice, type: text, label: {sv: Mottagning}, sensitivity: none}
              - {key: symptoms, type: textarea, label: {sv: Besvär}}
              - key: contact
                type: group
                label: {sv: Kontakt}
                sensitivity: personal
                fields:
                  - {key: phone, type: phone, label: {sv: Telefon}}
              - key: items
                type: repeat
                label: {sv: Rader}
                fields:
                  - {key: product, type: text, label: {sv: Produkt}}
                  - {key: count, type: integer, label: {sv: Antal}, sensitivity: none}
        """;

    [Fact]
    public void Health_and_personal_answers_are_masked_and_unknown_properties_dropped()
    {
        var form = new FormCompiler().Compile("form.yaml", Form).Form!;
        var data = JsonNode.Parse("""
            {"clinic_choice": "vc-eksjo", "symptoms": "ont i magen", "contact": {"phone": "0701234567"},
             "items": [{"product": "TENA", "count": 3}], "smuggled": "secret"}
            """)!.AsObject();

        var masked = SensitiveDataMask.Apply(form, data).ToJsonString();

        Assert.Equal("""{"clinic_choice":"vc-eksjo","symptoms":"***","contact":{"phone":"***"},"items":[{"product":"***","count":3}]}""", masked);
        Assert.Contains("ont i magen", data.ToJsonString()); // the original is untouched
    }
}
