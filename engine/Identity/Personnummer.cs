using System.Globalization;

namespace FormEngine.Identity;

/// <summary>
/// A Swedish personnummer or samordningsnummer (day + 60), stored as 12 digits.
/// Accepts YYMMDD-XXXX, YYMMDD+XXXX (100 years or older), YYYYMMDDXXXX and YYYYMMDD-XXXX.
/// </summary>
public readonly record struct Personnummer(string TwelveDigits, DateOnly BirthDate, bool IsSamordningsnummer)
{
    /// <summary>Odd second-to-last digit means male.</summary>
    public bool IsMale => (TwelveDigits[10] - '0') % 2 == 1;

    public int AgeOn(DateOnly day)
    {
        var age = day.Year - BirthDate.Year;
        if (day < BirthDate.AddYears(age)) age--;
        return age;
    }

    public override string ToString() => $"{TwelveDigits[..8]}-{TwelveDigits[8..]}";

    /// <param name="today">Decides the century of the short forms.</param>
    public static bool TryParse(string? text, DateOnly today, out Personnummer result)
    {
        result = default;
        if (text is null) return false;
        var s = text.Trim();
        char separator = '-';
        string digits;
        if (s.Length is 11 or 13 && (s[^5] == '-' || s[^5] == '+'))
        {
            separator = s[^5];
            digits = string.Concat(s.AsSpan(0, s.Length - 5), s.AsSpan(s.Length - 4));
        }
        else
        {
            digits = s;
        }
        if (digits.Length is not (10 or 12) || !digits.All(char.IsAsciiDigit)) return false;
        if (digits.Length == 12 && separator == '+') return false;

        var ten = digits.Length == 12 ? digits[2..] : digits;
        if (!LuhnValid(ten)) return false;

        int year;
        if (digits.Length == 12)
        {
            year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        }
        else
        {
            var yy = int.Parse(ten[..2], CultureInfo.InvariantCulture);
            year = today.Year / 100 * 100 + yy;
            if (year > today.Year) year -= 100;
            if (separator == '+') year -= 100;
        }
        var month = int.Parse(ten.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(ten.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var coordination = day > 60;
        if (coordination) day -= 60;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month)) return false;

        result = new Personnummer($"{year:D4}{ten[2..]}", new DateOnly(year, month, day), coordination);
        return true;
    }

    private static bool LuhnValid(string tenDigits)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var d = (tenDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return sum % 10 == 0;
    }
}
