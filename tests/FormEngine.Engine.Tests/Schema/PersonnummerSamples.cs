using System.Globalization;

namespace FormEngine.Tests.Schema;

/// <summary>Personnummer spellings, valid and broken, built with a correct or deliberately wrong check digit.</summary>
internal static class PersonnummerSamples
{
    /// <summary>12 digits for a birth date (day + 60 for a samordningsnummer) and a three-digit birth number.</summary>
    public static string Twelve(int year, int month, int day, int birthNumber, bool wrongCheck = false)
    {
        var nine = string.Create(CultureInfo.InvariantCulture, $"{year % 100:D2}{month:D2}{day:D2}{birthNumber:D3}");
        var check = CheckDigit(nine);
        if (wrongCheck) check = (check + 1) % 10;
        return string.Create(CultureInfo.InvariantCulture, $"{year / 100:D2}{nine}{check}");
    }

    /// <summary>The same number as a resident might type it, in every accepted spelling and some rejected ones.</summary>
    public static IEnumerable<string> Spellings(string twelve)
    {
        yield return twelve;
        yield return $"{twelve[..8]}-{twelve[8..]}";
        yield return $"{twelve[2..8]}-{twelve[8..]}";
        yield return $"{twelve[2..8]}+{twelve[8..]}";
        yield return twelve[2..];
        yield return $" {twelve[..8]}-{twelve[8..]} ";
        yield return $"{twelve[..8]} {twelve[8..]}";
        yield return $"{twelve[..8]}+{twelve[8..]}";
    }

    private static int CheckDigit(string nine)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }
}
