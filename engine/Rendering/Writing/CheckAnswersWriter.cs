using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Rendering.Plans;
using FormEngine.Submissions;

namespace FormEngine.Rendering.Writing;

/// <summary>
/// The check-your-answers page: per relevant page a summary list of every answered field with an "Ändra" link
/// back to it, then the terms with their checkbox and the send button. Every value in the pipeline's data is
/// relevant (the pipeline removed the rest), so what is answered is what is listed.
/// </summary>
internal static class CheckAnswersWriter
{
    public static void Write(RenderState state)
    {
        PageWriter.OpenForm(state, null);
        var sb = state.Out;
        sb.Append("<h2 class=\"fe-page-title\">").Append(state.Ui.CheckAnswersTitle).Append("</h2>\n");
        foreach (var page in state.Plan.Pages)
        {
            if (!state.IsRelevant(page.Page)) continue;
            var rows = new List<SummaryRow>();
            foreach (var plan in page.Fields) Collect(state, plan, state.Data, plan.Field.Key, null, rows);
            if (rows.Count == 0) continue;
            sb.Append("<h3 class=\"fe-summary-heading\">").Append(page.TitleHtml).Append("</h3>\n<dl class=\"fe-summary-list\">\n");
            foreach (var row in rows) WriteRow(state, page.Page.Index, row);
            sb.Append("</dl>\n");
        }
        WriteTerms(state);
        sb.Append("<div class=\"fe-actions\"><button class=\"fe-button\" type=\"submit\">").Append(state.Ui.Send).Append("</button></div>\n</form>\n");
    }

    private sealed record SummaryRow(string Name, string Path, FieldPlan Plan, JsonNode Value);

    private static void Collect(RenderState state, FieldPlan plan, JsonObject? container, string path, string? prefix, List<SummaryRow> rows)
    {
        if (container is null || !container.TryGetPropertyValue(plan.Field.Key, out var value) || value is null) return;
        var name = prefix is null ? plan.Label : $"{prefix}: {plan.Label}";
        switch (plan.Field.Type.Shape)
        {
            case ValueShape.Group:
                foreach (var child in plan.Children) Collect(state, child, value as JsonObject, $"{path}.{child.Field.Key}", name, rows);
                break;
            case ValueShape.Repeat when value is JsonArray items:
                var itemLabel = plan.Field.Definition.ItemLabel?.In(state.Language) ?? plan.Label;
                for (var i = 0; i < items.Count; i++)
                {
                    var rowName = string.Format(CultureInfo.InvariantCulture, state.Ui.RowFormat, itemLabel, i + 1);
                    var rowPrefix = prefix is null ? rowName : $"{prefix}: {rowName}";
                    foreach (var child in plan.Children)
                        Collect(state, child, items[i] as JsonObject, $"{path}[{i}].{child.Field.Key}", rowPrefix, rows);
                }
                break;
            case ValueShape.None:
                break;
            default:
                if (plan.Field.Type is not HiddenFieldType) rows.Add(new SummaryRow(name, path, plan, value));
                break;
        }
    }

    private static void WriteRow(RenderState state, int pageIndex, SummaryRow row)
    {
        var sb = state.Out;
        var field = row.Plan.Field;
        sb.Append("<div class=\"fe-summary-list__row\">\n<dt class=\"fe-summary-list__key\">");
        Html.Append(sb, row.Name);
        sb.Append("</dt>\n<dd class=\"fe-summary-list__value\">");
        Html.AppendLines(sb, Display(state, field, row.Value));
        sb.Append("</dd>\n");
        // Server-owned and locked answers cannot be changed, so they get no link.
        if (!field.IsServerOwned && !field.AlwaysReadOnly)
        {
            sb.Append("<dd class=\"fe-summary-list__actions\"><a class=\"fe-link\" href=\"");
            Html.Append(sb, state.Request.PageUrl(pageIndex) + "#" + Html.IdOf(row.Path));
            sb.Append("\">").Append(state.Ui.Change).Append("<span class=\"fe-visually-hidden\"> ");
            Html.Append(sb, row.Name);
            sb.Append("</span></a></dd>\n");
        }
        sb.Append("</div>\n");
    }

    /// <summary>
    /// The type's own display, except that codes from an external list are shown by the labels the context gives
    /// (the type only knows the form's own choices).
    /// </summary>
    private static string Display(RenderState state, CompiledField field, JsonNode value)
    {
        if (field.ExternalList is null || !field.Type.HasChoices) return field.Type.Display(field, value, state.Language);
        var labels = state.Request.Context.List(field.ExternalList);
        string Label(JsonNode? code) => JsonNumbers.TryGetString(code, out var s)
            ? labels.FirstOrDefault(c => c.Code == s)?.Label.In(state.Language) ?? s
            : code?.ToJsonString() ?? "";
        return value is JsonArray codes ? string.Join(", ", codes.Select(Label)) : Label(value);
    }

    private static void WriteTerms(RenderState state)
    {
        if (state.Plan.TermsHtml is not { } terms) return;
        var sb = state.Out;
        var issue = state.IssueAt(SchemaNames.TermsAccepted);
        var id = Html.IdOf(SchemaNames.TermsAccepted);
        var accepted = state.Data.TryGetPropertyValue(SchemaNames.TermsAccepted, out var value) && JsonNumbers.IsTrue(value);
        sb.Append("<h3 class=\"fe-summary-heading\">").Append(state.Ui.TermsTitle).Append("</h3>\n<div class=\"fe-terms\">").Append(terms).Append("</div>\n");
        sb.Append("<div class=\"fe-field").Append(issue is null ? "" : " fe-field--error").Append("\" id=\"").Append(id).Append("-field\">\n");
        if (issue is not null)
        {
            sb.Append("<p class=\"fe-error-message\" id=\"").Append(id).Append("-error\"><span class=\"fe-visually-hidden\">").Append(state.Ui.ErrorPrefix).Append(" </span>");
            Html.Append(sb, issue.Message(state.Language));
            sb.Append("</p>\n");
        }
        sb.Append("<div class=\"fe-checkboxes\"><div class=\"fe-checkbox\"><input class=\"fe-checkbox__input\" id=\"").Append(id)
          .Append("\" name=\"").Append(SchemaNames.TermsAccepted).Append("\" type=\"checkbox\" value=\"true\"")
          .Append(accepted ? " checked" : "")
          .Append(issue is null ? "" : $" aria-describedby=\"{id}-error\" aria-invalid=\"true\"")
          .Append("><label class=\"fe-label fe-checkbox__label\" for=\"").Append(id).Append("\">").Append(state.Ui.AcceptTerms)
          .Append("</label></div></div>\n</div>\n");
    }
}
