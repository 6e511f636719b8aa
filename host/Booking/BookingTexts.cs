namespace FormEngine.Host.Booking;

/// <summary>The booking pages' Swedish sentences about cancelling, in one place so pages and tests agree.</summary>
public static class BookingTexts
{
    public const string LateRebookWarning = "Du ombokar för sent. Den nuvarande tiden räknas som sent avbokad och debiteras enligt mottagningens avgiftsregler.";
    public const string LateWarning = "Du avbokar för sent. Besöket kommer att debiteras enligt mottagningens avgiftsregler.";
    public const string NotCancellable = "Tiden kan inte avbokas här av medicinska skäl. Kontakta mottagningen om du inte kan komma.";

    public static string Weekdays(int days) => days == 1 ? "1 hel vardag" : $"{days} hela vardagar";

    public static string FreeCancellation(int days) => days == 0
        ? "Du kan avboka tiden utan avgift fram till besöket."
        : $"Du kan avboka tiden utan avgift om det är minst {Weekdays(days)} kvar till besöket (helgdagar räknas inte).";
}
