namespace FormEngine.Host.Identity.OpenIdConnect;

/// <summary>The refusal page's address and its Swedish explanations, one per <see cref="LoginRefusal"/>.</summary>
public static class LoginRefusals
{
    public const string Path = "/inloggning-nekad";

    public static string Url(LoginRefusal reason) => $"{Path}?orsak={Code(reason)}";

    public static string Code(LoginRefusal reason) => reason switch
    {
        LoginRefusal.MissingIdentity => "personnummer-saknas",
        LoginRefusal.Samordningsnummer => "samordningsnummer",
        LoginRefusal.UnknownMethod => "okand-legitimation",
        LoginRefusal.Inactivated => "inaktiverat",
        LoginRefusal.UnknownStaff => "okand-personal",
        _ => "fel",
    };

    public static string Text(string? code) => code switch
    {
        "personnummer-saknas" => "Inloggningstjänsten skickade inget giltigt personnummer. Försök igen eller använd en annan e-legitimation.",
        "samordningsnummer" => "Det går inte att logga in med samordningsnummer i e-tjänsterna. Kontakta din mottagning.",
        "okand-legitimation" => "E-legitimationen du använde kan inte användas här. Logga in med BankID, Freja eID Plus eller Telia e-legitimation.",
        "inaktiverat" => ResidentSignIn.Inactivated,
        "okand-personal" => "Ditt HSA-id har ingen behörighet i e-tjänsterna. Kontakta din behörighetsadministratör.",
        _ => "Inloggningen avbröts eller misslyckades. Försök igen.",
    };
}
