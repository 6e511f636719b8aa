using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FormEngine.Forms;

namespace FormEngine.Submissions;

internal enum SegmentKind
{
    /// <summary>Step into an object.</summary>
    Group,

    /// <summary>Step into the current row of a repeat.</summary>
    Row,

    /// <summary>Step into every row of a repeat.</summary>
    Column,
}

internal readonly record struct Segment(string Key, SegmentKind Kind);

/// <summary>How to reach a field from the top of a submission; parsed once per form and symbol id.</summary>
internal sealed class FieldAccess
{
    private static readonly ConditionalWeakTable<CompiledForm, ConcurrentDictionary<string, FieldAccess?>> Cache = new();

    public required CompiledField Field { get; init; }
    public required Segment[] Segments { get; init; }

    public static FieldAccess? For(CompiledForm form, string id) =>
        Cache.GetOrCreateValue(form).GetOrAdd(id, static (key, f) => Parse(f, key), form);

    private static FieldAccess? Parse(CompiledForm form, string id)
    {
        var field = form.FindField(id.Replace("[*]", "[]", StringComparison.Ordinal));
        if (field is null) return null;
        var segments = new List<Segment>();
        foreach (var part in id.Split('.'))
        {
            var kind = part.EndsWith("[*]", StringComparison.Ordinal) ? SegmentKind.Column
                : part.EndsWith("[]", StringComparison.Ordinal) ? SegmentKind.Row
                : SegmentKind.Group;
            segments.Add(new Segment(kind == SegmentKind.Group ? part : part[..part.IndexOf('[')], kind));
        }
        return new FieldAccess { Field = field, Segments = [.. segments] };
    }
}
