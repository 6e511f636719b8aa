using System.Globalization;

namespace FormEngine.LoadTests.Harness;

/// <summary>
/// The domain's scale (domain.md, Scale) as requests a second, beside the best this run measured. A login is the
/// unit the domain counts; a submission is compared with logins too, as if every resident who logs in also sends
/// a case (far more than really do), so the comparison errs on the safe side.
/// </summary>
public static class NationalTarget
{
    /// <summary>About 0.85 million logins a day nationally.</summary>
    public const double NationalAverage = 850_000 / 86_400.0;

    /// <summary>The region's busiest hour is 1 login/s out of ~30,000 a day: 12 % of a day's logins in one hour.</summary>
    public const double BusiestHourShare = 3_600 / 30_000.0;

    public static double NationalBusiestHour => 850_000 * BusiestHourShare / 3_600;

    /// <summary>A pandemic-style spike: ten times the busiest hour.</summary>
    public static double NationalSpike => NationalBusiestHour * 10;

    public static void Write(TextWriter output, ResultTable table)
    {
        output.WriteLine($"Domain scale, logins a second nationally: {F(NationalAverage)} average, {F(NationalBusiestHour)} in the busiest hour, {F(NationalSpike)} in a 10x spike of it.");
        output.WriteLine();
        output.WriteLine("| Path | best req/s in this run | × national busiest hour | × 10x spike |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var path in new[] { Paths.Login, Paths.Submit, Paths.SubmitRouted, Paths.FormPage })
        {
            var best = table.Best(path);
            output.WriteLine($"| {path} | {best.ToString("N0", CultureInfo.InvariantCulture)} | {F(best / NationalBusiestHour)} | {F(best / NationalSpike)} |");
        }
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
