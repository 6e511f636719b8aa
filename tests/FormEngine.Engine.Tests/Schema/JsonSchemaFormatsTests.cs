using System.Text.Json;
using FormEngine.Schema;
using Json.Schema;
using Formats = FormEngine.Schema.Formats;

namespace FormEngine.Tests.Schema;

public sealed class JsonSchemaFormatsTests
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    public static TheoryData<string, string> Samples => new()
    {
        { Formats.Date, "2024-02-29" }, { Formats.Date, "2023-02-29" }, { Formats.Date, "2024-2-9" }, { Formats.Date, "0000-01-01" },
        { Formats.Time, "09:30" }, { Formats.Time, "9:30" }, { Formats.Time, "24:00" }, { Formats.Time, "09:30:00" },
        { Formats.LocalDateTime, "2024-05-01T10:00" }, { Formats.LocalDateTime, "2024-05-01T10:00Z" }, { Formats.LocalDateTime, "2024-05-01 10:00" },
        { Formats.Email, "åsa@exempel.se" }, { Formats.Email, "a@b.c" }, { Formats.Email, "\"a b\"@exempel.se" }, { Formats.Email, "a@b" },
        { Formats.Phone, "+46701234567" }, { Formats.Phone, "070-1234567" }, { Formats.Phone, "12345" },
        { Formats.Personnummer, "199001012385" }, { Formats.Personnummer, "199001012384" }, { Formats.Personnummer, "9001012385" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void JsonSchema_Net_runs_our_predicate(string format, string value)
    {
        JsonSchemaFormats.Register();
        var schema = JsonSchema.FromText($$"""{"type":"string","format":"{{format}}"}""", new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(value));

        Assert.Equal(Formats.Checks[format](value), schema.Evaluate(document.RootElement, Options).IsValid);
    }

    [Fact]
    public void Our_date_and_email_replace_the_built_in_ones()
    {
        JsonSchemaFormats.Register();

        Assert.Same(JsonSchemaFormats.All[Formats.Date], FormatRegistry.Global.Get("date"));
        Assert.Same(JsonSchemaFormats.All[Formats.Email], FormatRegistry.Global.Get("email"));
        // The built-in email format rejects a Swedish local part and accepts a quoted one; ours does the opposite.
        Assert.True(Formats.Checks[Formats.Email]("åsa@exempel.se"));
        Assert.False(Formats.Checks[Formats.Email]("\"a b\"@exempel.se"));
    }

    [Fact]
    public void Every_format_is_registered_once_however_often_and_from_however_many_threads()
    {
        Parallel.For(0, 64, _ => JsonSchemaFormats.Register());

        Assert.True(JsonSchemaFormats.IsRegistered());
        Assert.Equal(Formats.Checks.Keys.Order(), JsonSchemaFormats.All.Keys.Order());
        foreach (var (key, format) in JsonSchemaFormats.All) Assert.Same(format, FormatRegistry.Global.Get(key));
    }

    [Fact]
    public void Formats_ignore_values_that_are_not_strings()
    {
        JsonSchemaFormats.Register();
        var schema = JsonSchema.FromText("""{"format":"personnummer"}""", new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse("12");

        Assert.True(schema.Evaluate(document.RootElement, Options).IsValid);
    }
}
