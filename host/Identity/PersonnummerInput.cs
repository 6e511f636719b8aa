using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Identity;

/// <summary>
/// What a resident typed as personnummer on the login page, checked as the real service does: only a valid
/// personnummer may log in; samordningsnummer and reservnummer are refused with their own message.
/// </summary>
public static class PersonnummerInput
{
    public const string Missing = "Ange ditt personnummer.";
    public const string Invalid = "Ange ett giltigt personnummer med 12 siffror, till exempel 19121212-1212.";
    public const string Samordningsnummer = "Du kan inte logga in med samordningsnummer. Du behöver ett svenskt personnummer för att logga in.";
    public const string Reservnummer = "Du kan inte logga in med reservnummer. Du behöver ett svenskt personnummer för att logga in.";
    public const string Future = "Personnumret har ett födelsedatum i framtiden. Kontrollera siffrorna.";

    /// <returns>The personnummer, or the Swedish message to show beside the field.</returns>
    public static (Pnr? Value, string? Error) Check(string? text, DateOnly today)
    {
        var s = text?.Trim() ?? "";
        if (s.Length == 0) return (null, Missing);
        var compact = new string([.. s.Where(c => c is not (' ' or '-' or '+'))]);
        if (LooksLikeReservnummer(compact)) return (null, Reservnummer);
        if (!Pnr.TryParse(s.Replace(" ", ""), today, out var pnr)) return (null, Invalid);
        if (pnr.IsSamordningsnummer) return (null, Samordningsnummer);
        if (pnr.BirthDate > today) return (null, Future);
        return (pnr, null);
    }

    /// <summary>
    /// Reservnummer have no national format; the regions' common shapes are letters among the digits (e.g.
    /// 19800101-T123) or twelve digits starting with 99 or 98 where a century would be.
    /// </summary>
    private static bool LooksLikeReservnummer(string compact) =>
        compact.Length is 10 or 12 && compact.Any(char.IsAsciiLetter) && compact.Count(char.IsAsciiDigit) >= compact.Length - 2
        || compact.Length == 12 && compact.All(char.IsAsciiDigit) && compact[..2] is "99" or "98";
}
