using System.Security.Claims;
using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using FormEngine.Host.Ombud;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Api.Resident;

/// <summary>The resident's cases: submit (the same intake as the form pages), list (the inbox) and open one.</summary>
internal static class ResidentCaseEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const int MaxIdempotencyKeyLength = 200;

    public static void MapResidentCaseEndpoints(this RouteGroupBuilder resident)
    {
        resident.MapPost("/cases", SubmitAsync).WithName("SubmitCase")
            .WithSummary("Skicka in en e-tjänst. Samma Idempotency-Key igen ger samma kvitto (200) i stället för ett nytt ärende.")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        resident.MapGet("/cases", ListAsync).WithName("ListCases").WithSummary("Inkorgen: invånarens ärenden, senast ändrade först.");
        resident.MapGet("/cases/{caseId}", OpenAsync).WithName("GetCase")
            .WithSummary("Ett eget ärende med svar och meddelanden; mottagningens meddelanden markeras som lästa.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<ReceiptDto>, Ok<ReceiptDto>, ProblemHttpResult>> SubmitAsync(
        SubmitCaseRequest request, [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user, CaseIntake intake, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength)
            return MissingIdempotencyKey();
        if (request.Answers is null)
            return ValidationProblems.For("answers", "Svaren saknas.");
        var result = await intake.SubmitAsync(new IntakeRequest(
            user.Personnummer()!, request.ClinicKey, request.FormKey, request.FormVersion ?? 0, request.Answers, idempotencyKey, request.DraftId,
            user.ActingGuardian()),
            cancellationToken);
        return result switch
        {
            IntakeResult.Accepted { Repeated: true } a => TypedResults.Ok(new ReceiptDto(a.CaseId, a.Reference)),
            IntakeResult.Accepted a => TypedResults.Created($"{ApiRoutes.V1}/cases/{a.CaseId}", new ReceiptDto(a.CaseId, a.Reference)),
            IntakeResult.Invalid invalid => ValidationProblems.From(invalid.Result),
            _ => ValidationProblems.For("formKey", "Mottagningen erbjuder inte den här e-tjänsten."),
        };
    }

    public static ProblemHttpResult MissingIdempotencyKey() =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Idempotency-Key saknas",
            detail: $"Skicka ett unikt värde (t.ex. ett UUID, högst {MaxIdempotencyKeyLength} tecken) i huvudet {IdempotencyHeader}; samma värde vid omförsök.");

    private static async Task<Ok<IReadOnlyList<CaseSummaryDto>>> ListAsync(
        ClaimsPrincipal user, ResidentInbox inbox, DefinitionLibrary library, CancellationToken cancellationToken)
    {
        var entries = await inbox.ListAsync(user.Personnummer()!, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CaseSummaryDto>>([.. entries.Select(e => new CaseSummaryDto(
            e.CaseId, e.Reference, e.Title, e.ClinicKey, library.Catalog.FindClinic(e.ClinicKey)?.Name, e.Status,
            ResidentCaseStatus.Text(e.Status), e.CreatedAt, e.UpdatedAt, e.Unread))]);
    }

    private static async Task<Results<Ok<CaseDto>, ProblemHttpResult>> OpenAsync(
        string caseId, ClaimsPrincipal user, ResidentInbox inbox, ResidentCaseViews views, CancellationToken cancellationToken)
    {
        var personnummer = user.Personnummer()!;
        var view = await inbox.OpenAsync(personnummer, caseId, cancellationToken);
        return view is null ? NotFoundProblems.Case() : TypedResults.Ok(await views.ToDtoAsync(personnummer, view, cancellationToken));
    }
}
