using System.Net.Mail;

namespace FormEngine.Host.Notifications;

/// <summary>Checks and normalises the contact details a resident types in Inställningar; messages in Swedish.</summary>
public static class ContactDetails
{
    public const string EmailFormat = "Skriv e-postadressen i rätt format, till exempel namn@exempel.se.";
    public const string MobileFormat = "Skriv ett svenskt mobilnummer, till exempel 070-123 45 67.";
    public const string EmailNeeded = "Skriv din e-postadress för att få aviseringar via e-post.";
    public const string MobileNeeded = "Skriv ditt mobilnummer för att få aviseringar via SMS.";

    /// <summary>The address trimmed, or the error; empty input is no address (null, no error).</summary>
    public static (string? Email, string? Error) Email(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, null);
        if (text.Length > 254 || !MailAddress.TryCreate(text, out var address) || address.Address != text || address.DisplayName.Length > 0
            || !address.Host.Contains('.') || address.Host.EndsWith('.') || text.Any(char.IsWhiteSpace))
            return (null, EmailFormat);
        return (text, null);
    }

    /// <summary>
    /// A Swedish mobile number (07x…, +467x… or 00467x…, with or without spaces and dashes) as E.164 (+467xxxxxxxx),
    /// the form SMS gateways take; or the error. Empty input is no number.
    /// </summary>
    public static (string? Mobile, string? Error) Mobile(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, null);
        if (text.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-' or '+' or '(' or ')'))) return (null, MobileFormat);
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var plus = text.StartsWith('+');
        if (text.IndexOf('+', 1) >= 0) return (null, MobileFormat);
        string? national = plus ? (digits.StartsWith("46") ? digits[2..] : null)
            : digits.StartsWith("0046") ? digits[4..]
            : digits.StartsWith('0') ? digits[1..]
            : null;
        // Swedish mobile numbers: 7 followed by 0, 2, 3, 6 or 9 and seven more digits.
        if (national is not { Length: 9 } || national[0] != '7' || !"02369".Contains(national[1])) return (null, MobileFormat);
        return ($"+46{national}", null);
    }

    /// <summary>How a stored number is shown: +46701234567 → 070-123 45 67.</summary>
    public static string Display(string? mobile) =>
        mobile is { Length: 12 } && mobile.StartsWith("+46", StringComparison.Ordinal)
            ? $"0{mobile[3..5]}-{mobile[5..8]} {mobile[8..10]} {mobile[10..]}"
            : mobile ?? "";
}
