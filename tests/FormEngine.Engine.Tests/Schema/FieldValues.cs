using System.Globalization;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using static FormEngine.Tests.Schema.RawJson;

namespace FormEngine.Tests.Schema;

/// <summary>
/// Candidate raw answers (JSON text, as a client would post them) for one field: right and wrong types,
/// spellings that step 1 normalises, and lengths, numbers and counts around the field's own validators.
/// The generator sorts them into likely-valid and likely-invalid; the verdict that counts is the validators'.
/// </summary>
internal static class FieldValues
{
    /// <summary>Values of the wrong JSON type for almost any field.</summary>
    public static readonly string[] WrongShapes = ["5", "1.5", "true", "false", "null", "[]", "{}", "[\"a\"]", "{\"a\":1}", "[[]]"];

    /// <summary>
    /// Numbers at JSON Schema's edges: other spellings of integers, and integers far beyond decimal and double.
    /// Fractions with more than 15 significant digits are left out on purpose: JsonSchema.Net 8 decides
    /// <c>integer</c> with double arithmetic and calls 1.0000000000000001 an integer (see KnownJsonSchemaNetDeviationTests).
    /// </summary>
    public static readonly string[] OddNumbers =
    [
        "1.0", "1e1", "1E1", "100e-1", "1.5e1", "-0", "0.1", "3.14159", "1e30", "-1e30", "1e400", "-1e400",
        "12345678901234567890123456789012345", "0.000001",
    ];

    /// <summary>Whatever a client might send for a value the server owns (computed, hidden, prefilled, notes).</summary>
    public static readonly string[] ServerOwnedJunk = [Text("hack"), "42", "true", "[1]", Text("199001012385")];

    public static string[] For(CompiledField field) => field.Type switch
    {
        TextFieldType or TextareaFieldType => Texts(field),
        IntegerFieldType => Numbers(field, integer: true),
        DecimalFieldType => Numbers(field, integer: false),
        DateFieldType => [.. Strings("2024-02-29", "2025-03-14", "1990-01-01", " 2024-05-01 ", "2023-02-29", "2024-13-01", "2024-1-1",
            "20240101", "2024-05-01T10:00", "0000-01-01", "2024-02-30", "2024/05/01", "", "١٩٩٠-٠١-٠١"), "20240101", .. WrongShapes],
        TimeFieldType => [.. Strings("09:30", "9:05", "23:59", "00:00", " 12:15 ", "24:00", "12:60", "0930", "9:5", "09:30:00", "9.30", ""), .. WrongShapes],
        DateTimeFieldType => [.. Strings("2024-05-01T10:00", "2024-05-01 10:00", "2025-12-31T23:59", "2024-05-01T25:00", "2024-05-01T10:00:00",
            "2024-05-01", "2024-05-01T10:00Z", "2024-02-30T10:00"), .. WrongShapes],
        SingleChoiceFieldType => Choice(field),
        MultipleChoiceFieldType => Choices(field),
        YesNoFieldType => ["true", "false", .. Strings("ja", "Nej", "yes", "no", "true", "FALSE", "kanske", "", "j"), "1", "0", "[true]", "null"],
        EmailFieldType => [.. Texts(field), .. Strings("anna@exempel.se", "åsa@exempel.se", "per@region.se", " lena@region.se ", "a.b@c.d.se",
            "a@b", "a b@c.se", "@b.se", "anna@", "a@@b.se", "anna.andersson.langt.namn@exempel.se", "PER@REGION.SE")],
        PhoneFieldType => [.. Strings("070-123 45 67", "+46 70 123 45 67", "(08) 123 456", "123456", "0701234567", "12345", "abc", "+",
            "0701234567890123", "070–1234567", "+46-70-ABC", ""), .. WrongShapes],
        PersonnummerFieldType => Personnummer(),
        FileFieldType => Files(field),
        _ => [Text("värde"), .. WrongShapes],
    };

    private static string[] Texts(CompiledField field)
    {
        var min = Argument(field, "min_length");
        var max = Argument(field, "max_length");
        var lengths = new[] { (min ?? 1) - 1, min ?? 1, (min ?? 1) + 1, (max ?? 6) - 1, max ?? 6, (max ?? 6) + 1 }.Where(n => n >= 0).Distinct();
        // Units of one user-perceived character each, in 1, 2 or 4 UTF-16 units; CRLF counts as one too.
        string[] units = ["a", "å", "Ö", "e\u0301", "👍🏽", "🇸🇪", "x\r\n", "\t", "٣", "1"];
        var measured = from unit in units
                       from n in lengths
                       from pad in new[] { "", " ", "\u00a0" }
                       select Text(pad + string.Concat(Enumerable.Repeat(unit, (int)n)) + pad);
        var patterned = Strings("12345", "123 45", "١٢٣٤٥", "１２３４５", "1234", "abc", "åäö", "abc_123", "a-b", "x@region.se", "ab");
        var plain = Strings("Anna", "Åsa Öberg", "Göteborg", "Stockholm", "Malmö", "Ja", "rad ett\nrad två", "  Stockholm  ", "", "   ", "\t\n");
        return [.. plain, .. measured, .. patterned, .. WrongShapes];
    }

    private static string[] Numbers(CompiledField field, bool integer)
    {
        var min = Argument(field, "min");
        var max = Argument(field, "max");
        var values = new List<decimal> { min ?? 0, max ?? 7, ((min ?? 0) + (max ?? 20)) / 2, 40, 18, 17, 100.5m, 101, 80 };
        values.Add(Math.Floor(values[2]));
        if (min is { } lo) values.AddRange([lo - 1, lo - 0.5m, lo - 0.01m]);
        if (max is { } hi) values.AddRange([hi + 1, hi + 0.5m, hi + 0.01m]);
        var numbers = values.Distinct().Select(d => d.ToString(CultureInfo.InvariantCulture)).ToList();
        var spelled = numbers.Select(n => Text(n.Replace(".", ",")))
            .Concat(numbers.Where(n => n.Length > 3 && !n.Contains('.')).Select(n => Text(n[..^3] + " " + n[^3..])))
            .Concat(numbers.Select(n => Text(" " + n + " ")));
        return [.. numbers, .. spelled, .. OddNumbers, .. Strings("abc", "1 000,5", "1e3", "0x10", "+5", "", "--1"), .. WrongShapes];
    }

    private static string[] Choice(CompiledField field)
    {
        var codes = Codes(field);
        return [.. Strings(codes), .. codes.Select(c => Text(" " + c + " ")), .. codes.Select(c => Text(c.ToUpperInvariant())),
            .. codes.Select(c => Array([Text(c)])), .. Strings("nope", ""), .. WrongShapes];
    }

    private static string[] Choices(CompiledField field)
    {
        var codes = Codes(field);
        var subsets = Enumerable.Range(1, (1 << codes.Length) - 1)
            .Select(mask => Array(codes.Where((_, i) => (mask & (1 << i)) != 0).Select(Text)));
        var broken = codes.SelectMany(a => new[]
        {
            Array([Text(a), Text(a)]), Array([Text(a), Text("bad")]), Array([Text(a), "1"]), Array([Text(a), "null", Text(" ")]),
            Array([Text(a.ToUpperInvariant())]), Text(a),
        });
        return [.. subsets, .. broken, .. Strings("", "bad"), "[]", Array([Text(""), Text(" ")]), "5", "{}", "true"];
    }

    private static string[] Codes(CompiledField field) =>
        field.Choices?.Select(c => c.Code).ToArray()
        ?? [.. TestForms.Context.List(field.ExternalList!).Select(c => c.Code).DefaultIfEmpty("kod-1"), "annan-kod"];

    private static string[] Personnummer()
    {
        string[] valid =
        [
            PersonnummerSamples.Twelve(1990, 1, 1, 238), PersonnummerSamples.Twelve(2012, 6, 30, 101),
            PersonnummerSamples.Twelve(1915, 3, 2, 555), PersonnummerSamples.Twelve(1985, 7, 71, 402),
        ];
        string[] invalid =
        [
            PersonnummerSamples.Twelve(1990, 1, 1, 238, wrongCheck: true), PersonnummerSamples.Twelve(1990, 2, 30, 123),
            PersonnummerSamples.Twelve(1990, 13, 1, 123), "abc", "19900101-123", "1990010123", "",
        ];
        return [.. Strings([.. valid.SelectMany(PersonnummerSamples.Spellings)]), .. Strings(invalid), "199001012385", "[]"];
    }

    private static string[] Files(CompiledField field)
    {
        var settings = field.Definition.Settings;
        var maxFiles = settings.TryGetValue("max_files", out var f) ? int.Parse(f.Value, CultureInfo.InvariantCulture) : 1;
        var maxBytes = (settings.TryGetValue("max_size_mb", out var m) ? int.Parse(m.Value, CultureInfo.InvariantCulture) : FileFieldType.DefaultMaxSizeMb) * 1024 * 1024;
        var type = settings.TryGetValue("accept", out var a) ? a.Value.Split(',', StringSplitOptions.TrimEntries)[^1] : "application/pdf";
        string Good(int id, int size) => $$"""{"id":"f{{id}}","name":"bilaga {{id}}.pdf","size":{{size}},"content_type":"{{type}}"}""";
        string[] bad =
        [
            $$"""{"id":"f9","name":"a.pdf","size":{{maxBytes + 1}},"content_type":"{{type}}"}""",
            """{"id":"f9","name":"a.exe","size":10,"content_type":"application/x-msdownload"}""",
            $$"""{"name":"a.pdf","size":10,"content_type":"{{type}}"}""",
            $$"""{"id":"f9","name":"a.pdf","size":10,"content_type":"{{type}}","path":"/etc/passwd"}""",
            $$"""{"id":"","name":"","size":0,"content_type":"{{type}}"}""",
            $$"""{"id":"f9","name":"a.pdf","size":10.5,"content_type":"{{type}}"}""",
            $$"""{"id":"f9","name":"{{new string('x', 256)}}","size":10,"content_type":"{{type}}"}""",
            Text("a.pdf"),
        ];
        var good = Enumerable.Range(1, maxFiles + 1).Select(n => Array(Enumerable.Range(1, n).Select(i => Good(i, i == 1 ? maxBytes : 2048 * i))));
        return [.. good, .. bad.Select(b => Array([Good(1, 1), b])), .. WrongShapes];
    }

    private static decimal? Argument(CompiledField field, string kind) =>
        field.Validators.FirstOrDefault(v => v.Kind == kind && v.Condition is null) is { } v ? decimal.Parse(v.Argument, CultureInfo.InvariantCulture) : null;

    private static IEnumerable<string> Strings(params string[] values) => values.Select(Text);
}
