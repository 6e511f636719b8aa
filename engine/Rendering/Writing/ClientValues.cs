using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FormEngine.Rendering.Plans;

namespace FormEngine.Rendering.Writing;

/// <summary>
/// The form's <c>data-fe-today</c> and <c>data-fe-values</c>: today's date and the values the browser script's
/// conditions need but cannot read from the page's inputs. Dates travel as ISO strings, as in ExpressionJson.
/// </summary>
internal static class ClientValues
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(RenderState state, PagePlan page)
    {
        if (!page.HasClientLogic) return;
        var sb = state.Out;
        sb.Append(" data-fe-today=\"").Append(state.Request.Context.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"');
        if (page.ClientValues.Count == 0) return;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            var values = state.Values([]);
            foreach (var symbol in page.ClientValues)
            {
                writer.WritePropertyName(symbol.Id);
                WriteValue(writer, values.Get(symbol));
            }
            writer.WriteEndObject();
        }
        sb.Append(" data-fe-values=\"");
        Html.Append(sb, Encoding.UTF8.GetString(buffer.WrittenSpan));
        sb.Append('"');
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case bool b: w.WriteBooleanValue(b); break;
            case decimal d: w.WriteNumberValue(d); break;
            case string s: w.WriteStringValue(s); break;
            case DateOnly d: w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly t: w.WriteStringValue(t.ToString("HH:mm", CultureInfo.InvariantCulture)); break;
            case DateTime t: w.WriteStringValue(t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)); break;
            case IReadOnlyList<object?> list:
                w.WriteStartArray();
                foreach (var item in list) WriteValue(w, item);
                w.WriteEndArray();
                break;
            default: w.WriteNullValue(); break; // null, and rows of a repeat (the script counts those itself)
        }
    }
}
