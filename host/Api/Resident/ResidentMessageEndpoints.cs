using System.Security.Claims;
using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Cases;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Resident;

/// <summary>The conversation in a resident's case, and the reply to the clinic's open question.</summary>
internal static class ResidentMessageEndpoints
{
    public static void MapResidentMessageEndpoints(this RouteGroupBuilder resident)
    {
        resident.MapGet("/cases/{caseId}/messages", ListAsync).WithName("ListCaseMessages")
            .WithSummary("Meddelandena i ett eget ärende, äldst först; mottagningens meddelanden markeras som lästa.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        resident.MapPost("/cases/{caseId}/messages/{messageId}/reply", ReplyAsync).WithName("ReplyToMessage")
            .WithSummary("Svara på mottagningens obesvarade fråga. Ärendet går tillbaka till mottagningen.")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<IReadOnlyList<MessageDto>>, ProblemHttpResult>> ListAsync(
        string caseId, ClaimsPrincipal user, ResidentInbox inbox, CancellationToken cancellationToken)
    {
        var view = await inbox.OpenAsync(user.Personnummer()!, caseId, cancellationToken);
        return view is null ? NotFoundProblems.Case() : TypedResults.Ok(MessageDto.From(view));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ReplyAsync(
        string caseId, string messageId, ReplyRequest request, ClaimsPrincipal user,
        ResidentInbox inbox, ResidentReplies replies, CancellationToken cancellationToken)
    {
        var personnummer = user.Personnummer()!;
        // Reading the case first tells "no such message" (404) from "already answered" (409); the reply itself
        // claims the open question atomically, so a double post still sends one reply.
        var view = await inbox.OpenAsync(personnummer, caseId, cancellationToken);
        if (view is null) return NotFoundProblems.Case();
        if (view.Messages.All(m => m.Id != messageId)) return NotFoundProblems.Message();
        if (view.OpenQuestion?.Id != messageId) return NoOpenQuestion();

        var result = await replies.ReplyAsync(personnummer, caseId, request.Text, [], cancellationToken);
        return result.Outcome switch
        {
            ReplyOutcome.Sent => TypedResults.NoContent(),
            ReplyOutcome.NotFound => NotFoundProblems.Case(),
            ReplyOutcome.NoOpenQuestion => NoOpenQuestion(),
            ReplyOutcome.Empty => ValidationProblems.For("text", "Skriv ett svar."),
            ReplyOutcome.TooLong => ValidationProblems.For("text", $"Svaret får vara högst {ResidentReplies.MaxLength} tecken."),
            _ => ValidationProblems.For("files", string.Join(" ", result.Problems)),
        };
    }

    private static ProblemHttpResult NoOpenQuestion() => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        title: "Frågan kan inte besvaras", detail: "Meddelandet är ingen obesvarad fråga: det är redan besvarat eller går inte att svara på.");
}
