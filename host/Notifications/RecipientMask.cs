namespace FormEngine.Host.Notifications;

/// <summary>Partly hidden addresses for pages and logs that show where a notification went: enough to recognise, not to use.</summary>
public static class RecipientMask
{
    public static string For(string channel, string? address) => channel == NotificationChannels.Email ? Email(address) : Phone(address);

    /// <summary>"anna.svensson@exempel.se" → "a***@e***.se".</summary>
    public static string Email(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return "–";
        var at = address.LastIndexOf('@');
        if (at <= 0) return "***";
        var domain = address[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        var top = dot >= 0 ? domain[dot..] : "";
        return $"{address[0]}***@{(domain.Length > 0 ? domain[0] : '*')}***{top}";
    }

    /// <summary>"+46701234567" → "+46 ** *** 45 67": the last four digits only.</summary>
    public static string Phone(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return "–";
        var digits = new string(number.Where(char.IsDigit).ToArray());
        return digits.Length < 6 ? "***" : $"{(number.StartsWith('+') ? "+" + digits[..2] + " " : "")}** *** {digits[^4..^2]} {digits[^2..]}";
    }
}
