using System.Globalization;
using System.Text.RegularExpressions;
using FormEngine.Definitions;
using FormEngine.Diagnostics;

namespace FormEngine.Forms.Compilation;

/// <summary>Checks the argument of a schema-level validator: a number, a whole number or a regular expression.</summary>
internal static class ValidatorArguments
{
    public static bool Check(CompiledField field, ValidatorDefinition validator, DiagnosticBag diagnostics)
    {
        switch (validator.Kind)
        {
            case "min" or "max":
                if (decimal.TryParse(validator.Argument, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) return true;
                diagnostics.Report(DiagnosticCodes.InvalidValue, validator.Span, $"'{validator.Kind}' must be a number.");
                return false;
            case "min_length" or "max_length" or "min_count" or "max_count":
                if (int.TryParse(validator.Argument, NumberStyles.None, CultureInfo.InvariantCulture, out _)) return true;
                diagnostics.Report(DiagnosticCodes.InvalidValue, validator.Span, $"'{validator.Kind}' must be a whole number of 0 or more.");
                return false;
            case "pattern":
                try
                {
                    _ = new Regex(validator.Argument, RegexOptions.ECMAScript, TimeSpan.FromMilliseconds(100)); // as the schema compiles it
                    if (PatternDialect.DotNetOnly(validator.Argument) is not { } construct) return true;
                    diagnostics.Report(DiagnosticCodes.InvalidPattern, validator.Span,
                        $"'{construct}' is .NET-only regular-expression syntax; JSON Schema patterns use JavaScript's, which other validators of the published schema understand.");
                    return false;
                }
                catch (ArgumentException e)
                {
                    diagnostics.Report(DiagnosticCodes.InvalidPattern, validator.Span, $"Invalid pattern: {e.Message}");
                    return false;
                }
            default:
                return false;
        }
    }

    /// <summary>Pairs such as min 10 with max 5 can never be satisfied.</summary>
    public static void CheckRanges(CompiledField field, DiagnosticBag diagnostics)
    {
        foreach (var (low, high) in new[] { ("min", "max"), ("min_length", "max_length"), ("min_count", "max_count") })
        {
            var lo = field.Validators.FirstOrDefault(v => v.Kind == low);
            var hi = field.Validators.FirstOrDefault(v => v.Kind == high);
            if (lo is null || hi is null) continue;
            if (decimal.Parse(lo.Argument, CultureInfo.InvariantCulture) > decimal.Parse(hi.Argument, CultureInfo.InvariantCulture))
                diagnostics.Report(DiagnosticCodes.InvalidRange,
                    field.Definition.Validators.First(v => v.Kind == low).Span,
                    $"{low} {lo.Argument} is larger than {high} {hi.Argument}: no answer can pass.");
        }
    }
}
