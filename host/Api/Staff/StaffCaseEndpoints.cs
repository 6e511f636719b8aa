using System.Security.Claims;
using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Staff;

/// <summary>
/// The staff workspace: the clinic inbox, "Mina ärenden", one case (logged in the access log, like the case page)
/// and the actions on it, all through the same services as the staff pages.
/// </summary>
internal static class StaffCaseEndpoints
{
    public static void MapStaffCaseEndpoints(this RouteGroupBuilder staff)
    {
        staff.MapGet("/clinics/{clinicKey}/inbox", InboxAsync).WithName("GetClinicInbox")
            .WithSummary("Mottagningens inkorg: ofördelade ärenden, den med tidigast svarstid först (ärendemottagare).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/staff/cases", MineAsync).WithName("GetMyCases")
            .WithSummary("Mina ärenden: fördelade till mig och till grupper där jag är ärendehanterare.");
        staff.MapGet("/staff/cases/{caseId}", GetAsync).WithName("GetStaffCase")
            .WithSummary("Ett ärende med svar, meddelanden, historik och möjliga beslut. Läsningen loggas (patientdatalagen). ETag = revision.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/staff/cases/{caseId}/distribute", DistributeAsync).WithName("DistributeCase")
            .WithSummary("Fördela (eller omfördela) till en ärendehanterare eller grupp, ev. med delsvar. Kräver If-Match.")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        staff.MapPost("/staff/cases/{caseId}/decisions", DecideAsync).WithName("DecideCase")
            .WithSummary("Ett av besluten som ärendets arbetsflöde erbjuder nu. Kräver If-Match; 409 om någon annan hann före.")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<IReadOnlyList<StaffCaseListItemDto>>, ProblemHttpResult>> InboxAsync(
        string clinicKey, ClaimsPrincipal user, StaffDirectory directory, CaseWorkspace workspace, DefinitionLibrary library,
        CancellationToken cancellationToken)
    {
        if (library.Catalog.FindClinic(clinicKey) is null) return NotFoundProblems.Clinic(clinicKey);
        var (staff, problem) = await StaffAccess.ProfileAsync(user, directory, cancellationToken);
        if (staff is null) return problem!;
        if (!staff.IsReceiverAt(clinicKey)) return StaffAccess.Forbidden("Du är inte ärendemottagare på mottagningen.");
        return TypedResults.Ok(StaffCaseListItemDto.From(await workspace.InboxAsync(clinicKey, cancellationToken)));
    }

    private static async Task<Results<Ok<MyCasesDto>, ProblemHttpResult>> MineAsync(
        ClaimsPrincipal user, StaffDirectory directory, CaseWorkspace workspace, CancellationToken cancellationToken)
    {
        var (staff, problem) = await StaffAccess.ProfileAsync(user, directory, cancellationToken);
        if (staff is null) return problem!;
        var mine = await workspace.MyCasesAsync(staff, cancellationToken);
        return TypedResults.Ok(new MyCasesDto(StaffCaseListItemDto.From(mine.Assigned), StaffCaseListItemDto.From(mine.Groups)));
    }

    private static async Task<Results<Ok<StaffCaseDto>, ProblemHttpResult>> GetAsync(
        string caseId, HttpResponse response, ClaimsPrincipal user, StaffDirectory directory, CaseWorkspace workspace,
        AccessLog accessLog, StaffCaseViews views, CancellationToken cancellationToken)
    {
        var (staff, problem) = await StaffAccess.ProfileAsync(user, directory, cancellationToken);
        if (staff is null) return problem!;
        // Checked on the bare row first: a case staff may not work on is not opened (nor its replies marked read).
        if (await workspace.FindAsync(caseId, cancellationToken) is not { } found || !staff.WorksCasesAt(found.ClinicKey))
            return NotFoundProblems.Case();
        var details = await workspace.DetailsAsync(caseId, cancellationToken);
        if (details is null) return NotFoundProblems.Case();
        await accessLog.WriteAsync(staff.HsaId, details.Case.ResidentPersonnummer, details.Case.ClinicKey, AccessLog.Read,
            AccessLog.CaseViewed(details.Case), cancellationToken);
        response.Headers.ETag = Revisions.ETag(details.Case.Revision);
        return TypedResults.Ok(await views.ToDtoAsync(details, staff, cancellationToken));
    }

    private static async Task<Results<Ok<ActionResultDto>, ProblemHttpResult>> DistributeAsync(
        string caseId, DistributeRequest request, HttpRequest http, ClaimsPrincipal user, StaffDirectory directory,
        StaffActions actions, CancellationToken cancellationToken)
    {
        var (revision, badRevision) = Revisions.FromIfMatch(http);
        if (revision is null) return badRevision!;
        var (staff, problem) = await StaffAccess.ProfileAsync(user, directory, cancellationToken);
        if (staff is null) return problem!;
        var result = await actions.DistributeAsync(staff, new Distribution(caseId, revision.Value, request.Target, request.PartialReply), cancellationToken);
        return ToHttp(result);
    }

    private static async Task<Results<Ok<ActionResultDto>, ProblemHttpResult>> DecideAsync(
        string caseId, DecisionRequest request, HttpRequest http, ClaimsPrincipal user, StaffDirectory directory,
        StaffActions actions, CancellationToken cancellationToken)
    {
        var (revision, badRevision) = Revisions.FromIfMatch(http);
        if (revision is null) return badRevision!;
        if (string.IsNullOrWhiteSpace(request.Decision)) return ValidationProblems.For("decision", "Välj ett beslut.");
        var (staff, problem) = await StaffAccess.ProfileAsync(user, directory, cancellationToken);
        if (staff is null) return problem!;
        var result = await actions.DecideAsync(staff,
            new StaffDecision(caseId, revision.Value, request.Decision, request.Message, request.ForwardTo), cancellationToken);
        return ToHttp(result);
    }

    private static Results<Ok<ActionResultDto>, ProblemHttpResult> ToHttp(StaffActionResult result) => result.Outcome switch
    {
        StaffActionOutcome.Applied => TypedResults.Ok(new ActionResultDto(result.Message ?? "", result.Faulted)),
        StaffActionOutcome.Conflict => Revisions.Conflict(),
        StaffActionOutcome.Invalid => ValidationProblems.For(result.Field ?? "", result.Message ?? ""),
        _ => NotFoundProblems.Case(),
    };
}
