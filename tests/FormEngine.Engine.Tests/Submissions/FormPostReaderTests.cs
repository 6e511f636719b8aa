using FormEngine.Submissions;

namespace FormEngine.Tests.Submissions;

public sealed class FormPostReaderTests
{
    private static readonly FormEngine.Forms.CompiledForm Form = Pipeline.Form("""
        terms: {sv: Villkor}
        pages:
          - key: page
            title: {sv: Sida}
            fields:
              - {key: name, type: text, label: {sv: Namn}}
              - {key: total, type: computed, label: {sv: Summa}, compute: sum(items.count)}
              - key: extras
                type: multiple_choice
                label: {sv: Tillval}
                choices: [{code: a, label: {sv: A}}, {code: b, label: {sv: B}}]
              - key: address
                type: group
                label: {sv: Adress}
                fields:
                  - {key: street, type: text, label: {sv: Gata}}
              - key: items
                type: repeat
                label: {sv: Rader}
                fields:
                  - {key: count, type: integer, label: {sv: Antal}}
        """);

    private static string Read(params (string Name, string[] Values)[] post) =>
        FormPostReader.Read(Form, post.Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Name, p.Values))).ToJsonString();

    [Fact]
    public void Paths_become_nested_answers_and_ticked_boxes_a_list() =>
        Assert.Equal("""{"name":"Ada","extras":["a","b"],"address":{"street":"Storgatan 1"},"items":[{"count":"2"},{},{"count":"5"}],"terms_accepted":"true"}""",
            Read(("name", ["Ada"]), ("extras", ["a", "b"]), ("address.street", ["Storgatan 1"]),
                 ("items[0].count", ["2"]), ("items[2].count", ["5"]), ("terms_accepted", ["true"])));

    [Fact]
    public void Names_that_are_not_answers_are_left_out() =>
        Assert.Equal("""{"name":"Ada"}""",
            Read(("_page", ["0"]), ("__RequestVerificationToken", ["x"]), ("total", ["999"]), ("name", ["Ada"]),
                 ("items[x].count", ["1"]), ("items[5000].count", ["1"]), ("name.first", ["A"]), ("address", ["flat"])));

    [Fact]
    public void A_single_value_field_keeps_the_last_value_sent() =>
        Assert.Equal("""{"name":"Bo"}""", Read(("name", ["Ada", "Bo"])));
}
