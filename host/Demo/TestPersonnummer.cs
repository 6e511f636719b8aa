using System.Globalization;

namespace FormEngine.Host.Demo;

/// <summary>Makes fictitious personnummer with a valid check digit (Luhn over YYMMDDNNN), for demo children whose age must hold.</summary>
public static class TestPersonnummer
{
    /// <param name="serial">Three digits; the last odd for male, even for female.</param>
    public static string Create(DateOnly birthDate, string serial)
    {
        if (serial.Length != 3 || !serial.All(char.IsAsciiDigit)) throw new ArgumentException("The serial must be three digits.", nameof(serial));
        var date = birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return date + serial + CheckDigit(date[2..] + serial);
    }

    /// <summary>The birth date for someone <paramref name="age"/> years old today, <paramref name="daysPastBirthday"/> days after a birthday.</summary>
    public static DateOnly BirthDateFor(DateOnly today, int age, int daysPastBirthday) =>
        today.AddDays(-daysPastBirthday).AddYears(-age);

    public static char CheckDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }
}
