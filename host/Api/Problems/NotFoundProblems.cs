using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Problems;

/// <summary>404s as problem details. A case that exists but is someone else's is reported exactly like a missing one.</summary>
internal static class NotFoundProblems
{
    public static ProblemHttpResult Clinic(string key) => Make("Mottagningen finns inte", $"Det finns ingen mottagning '{key}'.");

    public static ProblemHttpResult EService(string key) => Make("E-tjänsten finns inte", $"Det finns ingen e-tjänst '{key}'.");

    public static ProblemHttpResult Case() => Make("Ärendet finns inte", "Ärendet finns inte eller tillhör inte dig.");

    public static ProblemHttpResult Message() => Make("Meddelandet finns inte", "Meddelandet finns inte i ärendet.");

    public static ProblemHttpResult Draft() => Make("Utkastet finns inte", "Utkastet finns inte eller tillhör inte dig.");

    private static ProblemHttpResult Make(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);
}
