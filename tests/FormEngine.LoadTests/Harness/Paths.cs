namespace FormEngine.LoadTests.Harness;

/// <summary>The measured paths, as they are named in the tables.</summary>
public static class Paths
{
    public const string Health = "GET /health/live";
    public const string StartPage = "GET / (start page, signed in)";
    public const string ClinicPage = "GET /mottagningar/vc-eksjo (clinic page)";
    public const string FormPage = "GET /mottagningar/vc-eksjo/fornya-recept/{draft} (form page)";
    public const string Login = "login: GET + POST /logga-in (test identity)";
    public const string Submit = "POST /api/v1/cases (intake, dispatcher off)";
    public const string SubmitRouted = "POST /api/v1/cases (dispatcher on)";
}
