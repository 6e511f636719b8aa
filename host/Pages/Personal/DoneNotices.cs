namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// What a staff page says after an action (post, redirect, get): the redirect carries a short code, never text
/// from the case.
/// </summary>
public static class DoneNotices
{
    public const string Distributed = "fordelat";
    public const string Taken = "taget";
    public const string Answered = "besvarat";
    public const string Asked = "fraga";
    public const string Forwarded = "vidare";
    public const string Closed = "avslutat";
    public const string Sent = "skickat";
    public const string Faulted = "fel";
    public const string NegativeResult = "provsvar-negativt";
    public const string PositiveResult = "provsvar-positivt";

    public static string? Text(string? code) => code switch
    {
        Distributed => "Ärendet är fördelat.",
        Taken => "Du har tagit ärendet. Det finns nu bland dina ärenden.",
        Answered => "Svaret är skickat och ärendet avslutat.",
        Asked => "Frågan är skickad till invånaren.",
        Forwarded => "Ärendet är skickat till den andra mottagningen.",
        Closed => "Ärendet är avslutat.",
        Sent => "Meddelandet är skickat till invånaren.",
        NegativeResult => "Det negativa provsvaret är skickat och ärendet avslutat.",
        PositiveResult => "Provsvaret är registrerat som positivt. Kontakta invånaren och avsluta sedan ärendet.",
        Faulted => "Beslutet är registrerat, men ärendets arbetsflöde stötte på ett fel. En administratör ser det bland incidenterna.",
        _ => null,
    };
}
