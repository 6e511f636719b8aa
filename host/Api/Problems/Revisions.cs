using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace FormEngine.Host.Api.Problems;

/// <summary>
/// Optimistic concurrency over HTTP: GET staff/cases/{id} sends the case revision as an ETag, and every action
/// sends it back in If-Match. An action without it gets 428, one on a stale revision 409.
/// </summary>
internal static class Revisions
{
    public static string ETag(long revision) => new EntityTagHeaderValue($"\"{revision.ToString(CultureInfo.InvariantCulture)}\"").ToString();

    /// <summary>The revision in If-Match, or the problem to answer with.</summary>
    public static (long? Revision, ProblemHttpResult? Problem) FromIfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match saknas",
                detail: "Skicka ärendets revision (ETag från GET staff/cases/{id}) i huvudet If-Match.",
                type: "https://www.rfc-editor.org/rfc/rfc6585#section-3"));
        if (EntityTagHeaderValue.TryParse(header, out var tag) && tag.Tag.Length > 2
            && long.TryParse(tag.Tag.AsSpan(1, tag.Tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
            return (revision, null);
        return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ogiltigt If-Match",
            detail: "If-Match ska vara ärendets ETag, till exempel \"3\"."));
    }

    /// <summary>Someone else acted first, or the revision was stale: nothing was applied.</summary>
    public static ProblemHttpResult Conflict() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Ärendet har ändrats",
            detail: "Någon annan har hunnit ändra ärendet, eller så erbjuds beslutet inte längre. Inget har ändrats: hämta ärendet igen och försök med den nya revisionen.");
}
