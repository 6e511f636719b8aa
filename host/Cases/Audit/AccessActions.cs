namespace FormEngine.Host.Cases.Audit;

/// <summary>Swedish words for the access log's actions (<see cref="AccessLog"/> stores them in English).</summary>
public static class AccessActions
{
    public static string Label(string action) => action switch
    {
        AccessLog.Read => "Läsning",
        AccessLog.Change => "Ändring",
        AccessLog.Disclose => "Utlämnande",
        AccessLog.Copy => "Kopiering",
        "print" => "Utskrift",
        _ => action,
    };
}
