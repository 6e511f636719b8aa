using System.Text;

namespace FormEngine.Schema;

/// <summary>The path of the value being checked, built into a string only when a problem is found.</summary>
internal sealed class PathBuilder
{
    private readonly List<object> _segments = [];

    public void PushName(string name) => _segments.Add(name);

    public void PushIndex(int index) => _segments.Add(index);

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
            if (segment is int index) builder.Append('[').Append(index).Append(']');
            else
            {
                if (builder.Length > 0) builder.Append('.');
                builder.Append((string)segment);
            }
        }
        return builder.ToString();
    }
}
