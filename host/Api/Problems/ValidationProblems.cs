using FormEngine.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Problems;

/// <summary>
/// 422 Unprocessable Content: the request was well-formed JSON but its content is refused. <c>errors</c> maps
/// each answer path (<c>phone</c>, <c>packages[0].count</c>) to its messages in Swedish; <c>codes</c> gives
/// the stable issue codes (required, max_length...) for clients that show their own texts.
/// </summary>
internal static class ValidationProblems
{
    public const string AnswersTitle = "Svaren behöver rättas";
    public const string FieldsTitle = "Uppgifterna behöver rättas";

    public static ProblemHttpResult From(SubmissionResult result)
    {
        var errors = result.Issues.GroupBy(i => i.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Message()).ToArray(), StringComparer.Ordinal);
        var codes = result.Issues.GroupBy(i => i.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Code).ToArray(), StringComparer.Ordinal);
        var problem = Unprocessable(errors, AnswersTitle, "Ett eller flera svar är ogiltiga.");
        problem.Extensions["codes"] = codes;
        return TypedResults.Problem(problem);
    }

    /// <summary>A 422 for request fields (not answers), e.g. <c>clinicKey</c> or <c>text</c>.</summary>
    public static ProblemHttpResult For(string field, string message) =>
        TypedResults.Problem(Unprocessable(new Dictionary<string, string[]> { [field] = [message] }, FieldsTitle, message));

    private static HttpValidationProblemDetails Unprocessable(IDictionary<string, string[]> errors, string title, string detail) => new(errors)
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = title,
        Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.21",
    };
}
