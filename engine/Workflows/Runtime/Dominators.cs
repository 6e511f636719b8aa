namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Dominator sets from the start node (the classic iterative data-flow form; flowcharts are small): n is
/// dominated by d when every path from the start to n passes d. Unreachable nodes get no entry.
/// </summary>
internal static class Dominators
{
    public static Dictionary<string, HashSet<string>> Compute(string? start, Func<string, IEnumerable<string>> successors)
    {
        var result = new Dictionary<string, HashSet<string>>();
        if (start is null) return result;
        var order = new List<string>();
        var seen = new HashSet<string> { start };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            order.Add(current);
            foreach (var next in successors(current))
                if (seen.Add(next)) queue.Enqueue(next);
        }
        var predecessors = order.ToDictionary(n => n, _ => new List<string>());
        foreach (var n in order)
            foreach (var next in successors(n))
                predecessors[next].Add(n);
        foreach (var n in order) result[n] = n == start ? [start] : [.. order];
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var n in order.Where(n => n != start))
            {
                var next = new HashSet<string>(order);
                foreach (var p in predecessors[n]) next.IntersectWith(result[p]);
                next.Add(n);
                if (!next.SetEquals(result[n])) { result[n] = next; changed = true; }
            }
        }
        return result;
    }
}
