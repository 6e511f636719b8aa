using FormEngine.Diagnostics;

namespace FormEngine.Expressions.Binding;

/// <summary>
/// Catches <c>reason == 'renwal'</c>: a misspelled choice code never matches, so the condition is silently wrong forever.
/// </summary>
internal static class ChoiceCodes
{
    /// <summary>Checks the text literals in <paramref name="codes"/> (a literal or a list literal) against a choice symbol.</summary>
    public static void Check(Expr choice, Expr codes, Reporter reporter, bool listLiteralOnly = false)
    {
        if (choice is not Reference { Symbol.AllowedValues: { } allowed } reference) return;
        IEnumerable<Literal> literals = codes switch
        {
            Literal literal when !listLiteralOnly => [literal],
            ListExpr list => list.Items.OfType<Literal>(),
            _ => [],
        };
        foreach (var literal in literals)
        {
            if (literal.Value is not string code || allowed.Contains(code, StringComparer.Ordinal)) continue;
            reporter.Report(DiagnosticCodes.UnknownChoiceCode, literal.Offset,
                $"'{code}' is not a choice of '{reference.Symbol.Id}'.{DidYouMean.Suggest(code, allowed)}");
        }
    }
}
