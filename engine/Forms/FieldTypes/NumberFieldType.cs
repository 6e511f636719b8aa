using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// What <c>integer</c> and <c>decimal</c> share: typed text such as "1 000" becomes a JSON number, numbers read as
/// decimals in expressions, and they show the Swedish way (1 000,5).
/// </summary>
public abstract class NumberFieldType : InputFieldType
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public override ExprType ValueType => ExprType.Number;
    protected override string Width => "fe-input--10";
    public override IReadOnlyCollection<string> Validators => ["min", "max"];

    /// <summary>The number in <paramref name="compact"/> (spaces already removed), or null when it is not one.</summary>
    protected abstract JsonNode? Parse(string compact);

    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        if (BeyondDecimal(value)) return JsonValue.Create(value.ToJsonString());
        var normalized = base.Normalize(value, today);
        return JsonNumbers.TryGetString(normalized, out var text) && Parse(text.Replace(" ", "").Replace("\u00a0", "")) is { } number
            ? number
            : normalized;
    }

    public override object? ToExpressionValue(JsonNode? value) => Number(value);

    public override string Display(CompiledField field, JsonNode value, string language) => Show(value);

    /// <summary>
    /// A JSON number that decimal cannot hold exactly (1e30, 28+ digits) is kept as text, so that it is refused
    /// as "not a number" instead of being rounded differently by conditions and by the schema.
    /// </summary>
    internal static bool BeyondDecimal(JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.Number && !ExactNumber.TryGetExactDecimal(value, out _) && !FitsAfterAll(value);

    /// <summary>Short exponent forms such as 1e2 are exact too.</summary>
    private static bool FitsAfterAll(JsonNode value) =>
        decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
        && ExactNumber.Compare(value, d) == 0;

    internal static object? Number(JsonNode? value) => JsonNumbers.TryGetDecimal(value, out var d) ? d : null;

    internal static string Show(JsonNode value) =>
        Number(value) is decimal d ? d.ToString("#,0.########", Swedish)
        : JsonNumbers.TryGetString(value, out var text) ? text
        : value.ToJsonString();
}
