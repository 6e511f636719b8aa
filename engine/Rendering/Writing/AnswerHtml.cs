using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Submissions;

namespace FormEngine.Rendering.Writing;

/// <summary>How an answer appears inside a control: the value of an input, a ticked option, the attached files.</summary>
internal static class AnswerHtml
{
    /// <summary>The answer as an input shows it: text as typed, numbers plainly (a Swedish decimal comma in Swedish).</summary>
    public static void AppendInputValue(StringBuilder sb, JsonNode? value, bool isDecimal, string language)
    {
        if (value is not JsonValue v) return;
        switch (v.GetValueKind())
        {
            case JsonValueKind.String:
                Html.Append(sb, v.GetValue<string>());
                break;
            case JsonValueKind.Number when JsonNumbers.TryGetDecimal(v, out var number):
                var text = number.ToString(CultureInfo.InvariantCulture);
                sb.Append(isDecimal && language == "sv" ? text.Replace('.', ',') : text);
                break;
            case JsonValueKind.True: sb.Append("true"); break;
            case JsonValueKind.False: sb.Append("false"); break;
        }
    }

    /// <summary>A radio or checkbox is ticked when the answer is its code (yes/no answers are booleans, codes "true"/"false").</summary>
    public static bool IsChosen(JsonNode? value, string code)
    {
        switch (value)
        {
            case JsonArray items:
                foreach (var item in items)
                    if (JsonNumbers.TryGetString(item, out var s) && s == code) return true;
                return false;
            case JsonValue v:
                return v.GetValueKind() switch
                {
                    JsonValueKind.String => v.GetValue<string>() == code,
                    JsonValueKind.True => code == "true",
                    JsonValueKind.False => code == "false",
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>The names of the files already attached, since a file input cannot show them itself.</summary>
    public static void AppendFiles(StringBuilder sb, JsonNode? value, UiText ui)
    {
        if (value is not JsonArray { Count: > 0 } files) return;
        sb.Append("<p class=\"fe-file-list\">").Append(ui.AttachedFiles).Append(' ');
        Html.Append(sb, string.Join(", ", files.Select(f => (f as JsonObject)?["name"]?.ToString())));
        sb.Append("</p>");
    }
}
