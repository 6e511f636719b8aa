using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FormEngine.Forms.FieldTypes;
using FormEngine.Rendering.Plans;
using FormEngine.Rendering.Templates;
using FormEngine.Submissions;

namespace FormEngine.Rendering.Writing;

/// <summary>
/// Writes fields per request: decides relevance, then appends each pre-rendered part and fills the holes with
/// this request's values. Groups and repeats recurse through their <c>children</c> hole straight into the
/// same buffer, so no field's HTML is ever built as a separate string.
/// </summary>
internal sealed class FieldWriter(RenderState state)
{
    private readonly StringBuilder _out = state.Out;

    public void WriteFields(IReadOnlyList<FieldPlan> plans, JsonObject? container, string? parentPath, int[] rows)
    {
        foreach (var plan in plans) WriteField(plan, container, parentPath, rows);
    }

    private void WriteField(FieldPlan plan, JsonObject? container, string? parentPath, int[] rows)
    {
        var field = plan.Field;
        if (!plan.ShowsOnPage && field.VisibleWhen is { } when && !when.EvaluateCondition(state.Values(rows))) return;
        var path = parentPath is null || !field.InRepeat ? field.Path : parentPath + "." + field.Key;
        JsonNode? value = null;
        container?.TryGetPropertyValue(field.Key, out value);
        var variant = plan.Variant(field.HasDynamicChoices ? ChoiceOffer.For(field, state.Values(rows), state.Request.Context) : null);
        var issue = state.IssueAt(path);
        var occurrence = new Occurrence
        {
            Plan = plan,
            Path = path,
            Id = plan.FixedId ?? Html.IdOf(path),
            Rows = rows,
            Value = value,
            Issue = issue,
            Locked = field.AlwaysReadOnly || (field.ReadOnlyWhen?.EvaluateCondition(state.Values(rows)) ?? false),
            Codes = variant.Codes,
            RowCount = plan.IsRepeat ? RowCount(plan, path, value) : 0,
        };
        Walk(issue is null ? variant.Plain : variant.WithError, in occurrence);
    }

    private void Walk(TemplateParts parts, in Occurrence o)
    {
        foreach (var part in parts.Parts)
        {
            if (part.Html is { } html) _out.Append(html);
            else Fill(part, in o);
        }
    }

    private void Fill(Part part, in Occurrence o)
    {
        var field = o.Plan.Field;
        switch (part.Slot)
        {
            case Slot.Id: _out.Append(o.Id); break;
            case Slot.Name: Html.Append(_out, o.Path); break;
            case Slot.Value: AnswerHtml.AppendInputValue(_out, o.Value, field.Type is DecimalFieldType, state.Language); break;
            case Slot.Display:
                if (o.Value is not null) Html.Append(_out, field.Type.Display(field, o.Value, state.Language));
                break;
            case Slot.Error when o.Issue is not null:
                _out.Append("<p class=\"fe-error-message\" id=\"").Append(o.Id).Append("-error\"><span class=\"fe-visually-hidden\">")
                    .Append(state.Ui.ErrorPrefix).Append(" </span>");
                Html.Append(_out, o.Issue.Message(state.Language));
                _out.Append("</p>");
                break;
            case Slot.ErrorClass when o.Issue is not null: _out.Append(" fe-field--error"); break;
            case Slot.Invalid when o.Issue is not null: _out.Append(" aria-invalid=\"true\""); break;
            case Slot.DescribedBy: AppendDescribedBy(in o); break;
            case Slot.Readonly when o.Locked: _out.Append(" readonly"); break;
            case Slot.Disabled when o.Locked: _out.Append(" disabled"); break;
            case Slot.Children: WriteChildren(in o); break;
            case Slot.RowLabel: Html.Append(_out, RowLabel(o.Plan, o.RowIndex)); break;
            case Slot.RemoveButton: AppendRemoveButton(in o); break;
            case Slot.AddButton: AppendAddButton(in o); break;
            case Slot.Files: AnswerHtml.AppendFiles(_out, o.Value, state.Ui); break;
            case Slot.Checked when AnswerHtml.IsChosen(o.Value, o.Codes[part.Option]): _out.Append(" checked"); break;
            case Slot.Selected when AnswerHtml.IsChosen(o.Value, o.Codes[part.Option]): _out.Append(" selected"); break;
        }
    }

    private void WriteChildren(in Occurrence o)
    {
        if (!o.Plan.IsRepeat || o.IsRow)
        {
            WriteFields(o.Plan.Children, o.Value as JsonObject, o.Path, o.Rows);
            return;
        }
        var rows = o.Value as JsonArray;
        for (var i = 0; i < o.RowCount; i++)
        {
            var rowPath = o.Path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var row = new Occurrence
            {
                Plan = o.Plan,
                Path = rowPath,
                Id = Html.IdOf(rowPath),
                Rows = [.. o.Rows, i],
                Value = rows is not null && i < rows.Count ? rows[i] : null,
                RowIndex = i,
                RowCount = o.RowCount,
            };
            Walk(o.Plan.RowParts, in row);
        }
    }

    /// <summary>Every answered row, at least <c>min_count</c> and at least one, more if the host asks (after "Lägg till").</summary>
    private int RowCount(FieldPlan plan, string path, JsonNode? value)
    {
        var definition = plan.Field.Definition;
        var existing = (value as JsonArray)?.Count ?? 0;
        var wanted = state.Request.RepeatRows?.GetValueOrDefault(path) ?? 0;
        var count = Math.Max(Math.Max(existing, wanted), Math.Max(definition.MinCount ?? 0, 1));
        return definition.MaxCount is int max ? Math.Max(existing, Math.Min(count, max)) : count;
    }

    private string RowLabel(FieldPlan plan, int index) => string.Format(CultureInfo.InvariantCulture, state.Ui.RowFormat,
        plan.Field.Definition.ItemLabel?.In(state.Language) ?? plan.Label, index + 1);

    private void AppendRemoveButton(in Occurrence row)
    {
        if (row.RowCount <= Math.Max(row.Plan.Field.Definition.MinCount ?? 0, 1)) return;
        _out.Append("<button class=\"fe-button fe-button--secondary fe-button--remove\" type=\"submit\" name=\"_remove\" value=\"");
        Html.Append(_out, row.Path);
        _out.Append("\">").Append(state.Ui.Remove).Append("<span class=\"fe-visually-hidden\"> ");
        Html.Append(_out, RowLabel(row.Plan, row.RowIndex));
        _out.Append("</span></button>");
    }

    private void AppendAddButton(in Occurrence repeat)
    {
        if (repeat.Plan.Field.Definition.MaxCount is int max && repeat.RowCount >= max) return;
        _out.Append("<button class=\"fe-button fe-button--secondary\" type=\"submit\" name=\"_add\" value=\"");
        Html.Append(_out, repeat.Path);
        _out.Append("\">").Append(state.Ui.Add).Append("<span class=\"fe-visually-hidden\"> ");
        Html.Append(_out, repeat.Plan.Field.Definition.ItemLabel?.In(state.Language) ?? repeat.Plan.Label);
        _out.Append("</span></button>");
    }

    private void AppendDescribedBy(in Occurrence o)
    {
        var hint = o.Plan.HasHint;
        var error = o.Issue is not null;
        if (!hint && !error) return;
        _out.Append(" aria-describedby=\"");
        if (hint) _out.Append(o.Id).Append("-hint");
        if (hint && error) _out.Append(' ');
        if (error) _out.Append(o.Id).Append("-error");
        _out.Append('"');
    }
}
