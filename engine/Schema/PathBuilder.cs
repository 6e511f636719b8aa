using System.Text;

namespace FormEngine.Schema;

/// <summary>The path of the value being checked, built into a string only when a problem is found.</summary>
internal sealed class PathBuilder
{
    /// <summary>A property name, or (when <see cref="Name"/> is null) an array index.</summary>
    private readonly record struct Segment(string? Name, int Index);

    private readonly List<Segment> _segments = [];

    public void PushName(string name) => _segments.Add(new Segment(name, 0));

    public void PushIndex(int index) => _segments.Add(new Segment(null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public string Child(string name)
    {
        PushName(name);
        var path = ToString();
        Pop();
        return path;
    }

    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var segment in _segments)
        {
            if (segment.Name is null) builder.Append('[').Append(segment.Index).Append(']');
            else
            {
                if (builder.Length > 0) builder.Append('.');
                builder.Append(segment.Name);
            }
        }
        return builder.ToString();
    }
}
