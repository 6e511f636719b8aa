namespace FormEngine.EndToEnd.Tests.Journeys;

/// <summary>
/// Seeded demo people (host/Demo/*.yaml) the tests act as. Each scenario uses residents of its own, so that no
/// test reads what another one left in an inbox.
/// </summary>
public static class DemoPeople
{
    // Residents (active accounts).
    public const string Tolvan = "19121212-1212";
    public const string Gustav = "19551118-1538";
    public const string Maja = "20010623-4966";
    public const string Erik = "19890202-5710";
    public const string Karl = "19450704-2192";
    public const string Fatima = "19880411-6427";
    public const string Anna = "19850922-4625";

    // Staff at Vårdcentralen Eksjö.
    public const string BirgittaMottagare = "Birgitta Mottagare";
    public const string JohanLakarsson = "Johan Läkarsson";

    public const string Eksjo = "vc-eksjo";
    public const string EksjoName = "Vårdcentralen Eksjö";
}
