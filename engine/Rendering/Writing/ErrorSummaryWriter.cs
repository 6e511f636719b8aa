using System.Text;
using FormEngine.Forms;
using FormEngine.Submissions;

namespace FormEngine.Rendering.Writing;

/// <summary>
/// The error summary at the top of the page (GOV.UK pattern): announced as an alert, focused on load by
/// <c>autofocus</c> (no script needed), each problem a link to its field.
/// </summary>
internal static class ErrorSummaryWriter
{
    public static void Write(RenderState state)
    {
        if (state.Issues.Count == 0) return;
        var sb = state.Out;
        sb.Append("<div class=\"fe-error-summary\" role=\"alert\" aria-labelledby=\"fe-error-summary-title\" tabindex=\"-1\" autofocus>\n")
          .Append("<h2 class=\"fe-error-summary__title\" id=\"fe-error-summary-title\">").Append(state.Ui.ErrorSummaryTitle).Append("</h2>\n")
          .Append("<ul class=\"fe-error-summary__list\">\n");
        foreach (var issue in state.Issues)
        {
            sb.Append("<li>");
            var name = QuestionName(state, issue);
            if (issue.Field is null && issue.Path != SchemaNames.TermsAccepted) AppendText(sb, name, issue.Message(state.Language));
            else
            {
                sb.Append("<a href=\"");
                Html.Append(sb, LinkTo(state, issue));
                sb.Append("\">");
                AppendText(sb, name, issue.Message(state.Language));
                sb.Append("</a>");
            }
            sb.Append("</li>\n");
        }
        sb.Append("</ul>\n</div>\n");
    }

    private static void AppendText(StringBuilder sb, string? name, string message)
    {
        if (!string.IsNullOrEmpty(name))
        {
            Html.Append(sb, name);
            sb.Append(": ");
        }
        Html.Append(sb, message);
    }

    /// <summary>The field's id on this page, or on its own page when the summary lists problems of the whole form.</summary>
    private static string LinkTo(RenderState state, ValidationIssue issue)
    {
        var anchor = "#" + Html.IdOf(issue.Path);
        if (issue.Field is null) return anchor;
        var page = TopLevel(issue.Field).Page.Index;
        return page == state.Request.Page ? anchor : state.Request.PageUrl(page) + anchor;
    }

    /// <summary>"Antal (Hjälpmedel 2)": the label, with the row of each repeat it sits in.</summary>
    public static string? QuestionName(RenderState state, ValidationIssue issue)
    {
        if (issue.Path == SchemaNames.TermsAccepted) return state.Ui.TermsTitle;
        if (issue.Field is null || !state.Plan.ByField.TryGetValue(issue.Field, out var plan)) return null;
        if (!issue.Field.InRepeat) return plan.Label;
        var rows = RowNumbers(issue.Path);
        var names = issue.Field.Ancestors().Where(a => a.Type.Shape == Forms.FieldTypes.ValueShape.Repeat)
            .Select((repeat, i) => $"{repeat.Definition.ItemLabel?.In(state.Language) ?? repeat.Label?.In(state.Language)} {(i < rows.Count ? rows[i] + 1 : 0)}");
        return $"{plan.Label} ({string.Join(", ", names)})";
    }

    private static List<int> RowNumbers(string path)
    {
        var rows = new List<int>();
        for (var at = path.IndexOf('['); at >= 0; at = path.IndexOf('[', at + 1))
        {
            var end = path.IndexOf(']', at);
            if (end > at && int.TryParse(path.AsSpan(at + 1, end - at - 1), out var n)) rows.Add(n);
        }
        return rows;
    }

    private static CompiledField TopLevel(CompiledField field)
    {
        while (field.Parent is not null) field = field.Parent;
        return field;
    }
}
