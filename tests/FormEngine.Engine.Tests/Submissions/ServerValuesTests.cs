namespace FormEngine.Tests.Submissions;

/// <summary>Step 2: values the server owns are set by the server, whatever the client sent.</summary>
public sealed class ServerValuesTests
{
    private static readonly Forms.CompiledForm Form = Pipeline.Fields("""
              - key: intro
                type: note
                text: {sv: Läs detta.}
              - key: count
                type: integer
                label: {sv: Antal}
              - key: price
                type: decimal
                label: {sv: Styckpris}
              - key: total
                type: computed
                label: {sv: Summa}
                compute: count * price
              - key: clinic_key
                type: hidden
                prefill: $clinic.key
              - key: patient
                type: personnummer
                label: {sv: Personnummer}
                prefill: $resident.personnummer
              - key: country
                type: text
                label: {sv: Land}
                readonly: true
                default: Sverige
              - key: reference
                type: text
                label: {sv: Referens}
                readonly: count > 5
                default: STOR-ORDER
        """);

    [Fact]
    public void Computed_values_are_recomputed_and_the_clients_value_ignored()
    {
        var result = Pipeline.Submit(Form, """{"count":"3","price":"2,5","total":1000000}""");

        Assert.Equal(7.5m, result.Data["total"]!.GetValue<decimal>());
        Assert.True(result.IsValid);
    }

    [Fact]
    public void A_computed_value_that_cannot_be_computed_is_absent() =>
        Assert.False(Pipeline.Submit(Form, """{"count":3,"total":6}""").Data.ContainsKey("total"));

    [Fact]
    public void Prefilled_values_come_from_the_context_and_cannot_be_changed()
    {
        var result = Pipeline.Submit(Form, """{"patient":"191212121212","clinic_key":"vc-annan"}""");

        Assert.Equal("199001012385", result.Data["patient"]!.GetValue<string>());
        Assert.Equal("vc-norr", result.Data["clinic_key"]!.GetValue<string>());
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Without_a_logged_in_resident_a_prefilled_value_is_absent()
    {
        var anonymous = Pipeline.Context with { Resident = null };

        Assert.False(Pipeline.Submit(Form, """{"patient":"199001012385"}""", anonymous).Data.ContainsKey("patient"));
    }

    [Fact]
    public void A_read_only_field_keeps_its_default()
    {
        var result = Pipeline.Submit(Form, """{"country":"Norge"}""");

        Assert.Equal("Sverige", result.Data["country"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(8, "STOR-ORDER")]
    [InlineData(2, "min egen")]
    public void A_field_read_only_under_a_condition_keeps_its_default_only_then(int count, string expected) =>
        Assert.Equal(expected, Pipeline.Submit(Form, $$"""{"count":{{count}},"reference":"min egen"}""").Data["reference"]!.GetValue<string>());

    [Fact]
    public void A_note_has_no_answer() =>
        Assert.False(Pipeline.Submit(Form, """{"intro":"hack"}""").Data.ContainsKey("intro"));
}
