using System.Security.Claims;
using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.EServices;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Resident;

/// <summary>
/// Drafts: half-filled forms kept by the same store as the portal's "Fortsätt med utkast". Submitting a case with
/// its draftId removes the draft in the same commit.
/// </summary>
internal static class DraftEndpoints
{
    public static void MapDraftEndpoints(this RouteGroupBuilder resident)
    {
        var drafts = resident.MapGroup("/drafts");
        drafts.MapGet("", ListAsync).WithName("ListDrafts").WithSummary("Invånarens utkast, senast ändrade först (utan svar).");
        drafts.MapGet("/{draftId}", GetAsync).WithName("GetDraft").WithSummary("Ett utkast med svaren.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        drafts.MapPost("", CreateAsync).WithName("CreateDraft").WithSummary("Spara ett nytt utkast.")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        drafts.MapPut("/{draftId}", SaveAsync).WithName("SaveDraft")
            .WithSummary("Spara ett utkast under ett id som klienten valt (skapas om det inte finns).")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        drafts.MapDelete("/{draftId}", DeleteAsync).WithName("DeleteDraft").WithSummary("Ta bort ett utkast.")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<DraftDto>>> ListAsync(ClaimsPrincipal user, DraftStore store, CancellationToken cancellationToken)
    {
        var drafts = await store.ListAsync(user.Personnummer()!, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DraftDto>>([.. drafts.Select(d => DraftDto.From(d, withAnswers: false))]);
    }

    private static async Task<Results<Ok<DraftDto>, ProblemHttpResult>> GetAsync(
        string draftId, ClaimsPrincipal user, DraftStore store, CancellationToken cancellationToken)
    {
        var draft = await store.FindAsync(user.Personnummer()!, draftId, cancellationToken);
        return draft is null ? NotFoundProblems.Draft() : TypedResults.Ok(DraftDto.From(draft, withAnswers: true));
    }

    private static async Task<Results<Created<DraftDto>, ProblemHttpResult>> CreateAsync(
        DraftRequest request, ClaimsPrincipal user, DraftStore store, DefinitionLibrary library, EServiceAccess access, CancellationToken cancellationToken)
    {
        var draftId = Guid.NewGuid().ToString("N");
        var (saved, problem) = await SaveDraftAsync(draftId, request, user, store, library, access, cancellationToken);
        return saved is null ? problem! : TypedResults.Created($"{ApiRoutes.V1}/drafts/{draftId}", saved);
    }

    private static async Task<Results<Ok<DraftDto>, ProblemHttpResult>> SaveAsync(
        string draftId, DraftRequest request, ClaimsPrincipal user, DraftStore store, DefinitionLibrary library, EServiceAccess access, CancellationToken cancellationToken)
    {
        var (saved, problem) = await SaveDraftAsync(draftId, request, user, store, library, access, cancellationToken);
        return saved is null ? problem! : TypedResults.Ok(saved);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string draftId, ClaimsPrincipal user, DraftStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(user.Personnummer()!, draftId, cancellationToken) ? TypedResults.NoContent() : NotFoundProblems.Draft();

    private static async Task<(DraftDto? Saved, ProblemHttpResult? Problem)> SaveDraftAsync(string draftId, DraftRequest request,
        ClaimsPrincipal user, DraftStore store, DefinitionLibrary library, EServiceAccess access, CancellationToken cancellationToken)
    {
        if (request.Answers is null) return (null, ValidationProblems.For("answers", "Svaren saknas."));
        if (library.Catalog.FindClinic(request.ClinicKey) is not { } clinic || !clinic.IsOffering(request.FormKey, user.Personnummer()!))
            return (null, ValidationProblems.For("formKey", "Mottagningen erbjuder inte den här e-tjänsten."));
        var form = (request.FormVersion is > 0 and var v ? library.Form(request.FormKey, v) : null) ?? library.Current(request.FormKey);
        if (form is null) return (null, ValidationProblems.For("formKey", "E-tjänsten finns inte."));
        if (request.Page < 0 || request.Page > form.Pages.Count) return (null, ValidationProblems.For("page", "Sidan finns inte i formuläret."));

        var personnummer = user.Personnummer()!;
        // The same question the form page asks: a resident who may not use the e-service (e.g. under 16) keeps no draft of it.
        if (await access.RefusalAsync(personnummer, clinic, form, cancellationToken) is { } refusal)
            return (null, ValidationProblems.For("formKey", refusal.In("sv")));
        if (!await store.SaveAsync(personnummer, draftId, clinic.Key, form.Key, form.Version, request.Answers, request.Page, cancellationToken))
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Utkastet kunde inte sparas",
                detail: "Id:t används redan för ett annat utkast. Spara under ett nytt id."));
        var draft = await store.FindAsync(personnummer, draftId, cancellationToken);
        return draft is null ? (null, NotFoundProblems.Draft()) : (DraftDto.From(draft, withAnswers: true), null);
    }
}
