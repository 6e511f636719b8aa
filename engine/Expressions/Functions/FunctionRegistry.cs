namespace FormEngine.Expressions.Functions;

/// <summary>All built-in functions by name. A browser interpreter must implement exactly these.</summary>
internal static class FunctionRegistry
{
    private static readonly Dictionary<string, ExprFunction> ByName =
        LogicFunctions.All
            .Concat(TextFunctions.All)
            .Concat(NumberFunctions.All)
            .Concat(ListFunctions.All)
            .Concat(DateFunctions.All)
            .ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static ExprFunction? Find(string name) => ByName.GetValueOrDefault(name);
}
