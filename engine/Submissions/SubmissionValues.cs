using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Identity;

namespace FormEngine.Submissions;

/// <summary>
/// Lets expressions read a submission: field values converted to expression values, row-relative
/// references resolved against the current <see cref="Rows"/>, columns across all rows, and context values.
/// </summary>
internal sealed class SubmissionValues(CompiledForm form, JsonObject data, FormContext context) : IValueSource
{
    public int[] Rows { get; set; } = [];

    public DateOnly Today => context.Today;

    public object? Get(Symbol symbol)
    {
        if (symbol.Id.StartsWith('$')) return Context(symbol.Id);
        var access = FieldAccess.For(form, symbol.Id);
        if (access is null) return null;
        return Read(data, access, 0, 0);
    }

    private object? Read(JsonObject current, FieldAccess access, int step, int rowDepth)
    {
        var segment = access.Segments[step];
        if (!current.TryGetPropertyValue(segment.Key, out var node) || node is null) return null;
        if (step == access.Segments.Length - 1)
        {
            if (access.Field.Type.Shape == ValueShape.Repeat)
                return node is JsonArray rows ? rows.Select(r => (object?)r).ToList() : null;
            return access.Field.Type.ToExpressionValue(node);
        }
        switch (segment.Kind)
        {
            case SegmentKind.Group:
                return node is JsonObject group ? Read(group, access, step + 1, rowDepth) : null;
            case SegmentKind.Row:
                if (node is not JsonArray array || rowDepth >= Rows.Length || Rows[rowDepth] >= array.Count) return null;
                return array[Rows[rowDepth]] is JsonObject row ? Read(row, access, step + 1, rowDepth + 1) : null;
            default: // column: one value per row
                if (node is not JsonArray all) return null;
                return all.Select(r => r is JsonObject row ? Read(row, access, step + 1, rowDepth) : null).ToList();
        }
    }

    private object? Context(string id)
    {
        var resident = context.Resident;
        return id switch
        {
            "$resident.personnummer" => resident?.Personnummer,
            "$resident.name" => resident?.Name,
            "$resident.email" => resident?.Email,
            "$resident.phone" => resident?.Phone,
            "$resident.age" => resident is not null && Personnummer.TryParse(resident.Personnummer, Today, out var p) ? (decimal)p.AgeOn(Today) : null,
            "$clinic.key" => context.Clinic?.Key,
            "$clinic.name" => context.Clinic?.Name,
            _ => null,
        };
    }
}
