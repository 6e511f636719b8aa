using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace FormEngine.Expressions;

/// <summary>
/// Writes a checked expression as compact JSON for the browser-side interpreter, so the browser never needs
/// <c>eval</c> and never parses the expression language itself. Node shapes:
/// <list type="bullet">
/// <item><c>{"lit": v}</c> — v is null, true, false, a number or a string.</item>
/// <item><c>{"ref": "delivery.address"}</c> — the symbol's canonical <see cref="Symbol.Id"/>.</item>
/// <item><c>{"op": "not", "e": n}</c> and <c>{"op": "neg", "e": n}</c> — unary.</item>
/// <item><c>{"op": o, "l": n, "r": n}</c> — o is one of <c>or and == != &lt; &lt;= &gt; &gt;= in "not in" + - * /</c>.</item>
/// <item><c>{"call": "len", "args": [n, ...]}</c> — a built-in function.</item>
/// <item><c>{"list": [n, ...]}</c> — a list literal.</item>
/// </list>
/// Date arithmetic whose types are known is written as calls, so that the browser does not have to tell date strings
/// from text: <c>d + n</c> becomes <c>add_days(d, n)</c>, <c>d - n</c> becomes <c>add_days(d, neg n)</c> and
/// <c>d2 - d1</c> becomes <c>days_between(d1, d2)</c>. Only when an operand's type is Any does <c>+</c>/<c>-</c>
/// remain, and then the interpreter decides by the runtime values. Dates, times and date-times in values are ISO 8601 strings.
/// HTML-sensitive characters (<c>&lt; &gt; &amp; ' +</c>) are written as \u escapes, so <c>"&lt;"</c> appears as
/// <c>"\u003C"</c>: the JSON can be inlined in a page without a literal closing a script element.
/// </summary>
public static class ExpressionJson
{
    // Swedish letters stay readable; the default encoder would escape them too.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string ToJson(Expr expr)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, expr);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter w, Expr expr)
    {
        w.WriteStartObject();
        switch (expr)
        {
            case Literal literal:
                w.WritePropertyName("lit");
                WriteValue(w, literal.Value);
                break;
            case Reference reference:
                w.WriteString("ref", reference.Symbol.Id);
                break;
            case Unary unary:
                w.WriteString("op", OperatorText.Of(unary.Op));
                w.WritePropertyName("e");
                Write(w, unary.Operand);
                break;
            case Binary binary when DateArithmetic(binary) is { } call:
                WriteCall(w, call.Name, call.Args);
                break;
            case Binary binary:
                w.WriteString("op", OperatorText.Of(binary.Op));
                w.WritePropertyName("l");
                Write(w, binary.Left);
                w.WritePropertyName("r");
                Write(w, binary.Right);
                break;
            case Call call:
                WriteCall(w, call.Name, call.Args);
                break;
            case ListExpr list:
                w.WritePropertyName("list");
                WriteArray(w, list.Items);
                break;
        }
        w.WriteEndObject();
    }

    private static void WriteCall(Utf8JsonWriter w, string name, IReadOnlyList<Expr> args)
    {
        w.WriteString("call", name);
        w.WritePropertyName("args");
        WriteArray(w, args);
    }

    private static void WriteArray(Utf8JsonWriter w, IReadOnlyList<Expr> items)
    {
        w.WriteStartArray();
        foreach (var item in items) Write(w, item);
        w.WriteEndArray();
    }

    private static Call? DateArithmetic(Binary b)
    {
        var (left, right) = (b.Left.Type.Kind, b.Right.Type.Kind);
        return (b.Op, left, right) switch
        {
            (BinaryOp.Add, TypeKind.Date, TypeKind.Number) => new Call("add_days", [b.Left, b.Right], b.Offset, b.Type),
            (BinaryOp.Add, TypeKind.Number, TypeKind.Date) => new Call("add_days", [b.Right, b.Left], b.Offset, b.Type),
            (BinaryOp.Subtract, TypeKind.Date, TypeKind.Number) => new Call("add_days",
                [b.Left, new Unary(UnaryOp.Negate, b.Right, b.Right.Offset, ExprType.Number)], b.Offset, b.Type),
            (BinaryOp.Subtract, TypeKind.Date, TypeKind.Date) => new Call("days_between", [b.Right, b.Left], b.Offset, b.Type),
            _ => null,
        };
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case bool b: w.WriteBooleanValue(b); break;
            case decimal d: w.WriteNumberValue(d); break;
            case string s: w.WriteStringValue(s); break;
            case DateOnly d: w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case TimeOnly t: w.WriteStringValue(t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)); break;
            case DateTime t: w.WriteStringValue(t.ToString("s", CultureInfo.InvariantCulture)); break;
            default: w.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
