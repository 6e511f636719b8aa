using System.Security.Claims;
using FormEngine.Definitions;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Catalog;

/// <summary>
/// Clinics and the e-services they offer: what a resident chooses from before filling in a form. Residents only,
/// like the portal's clinic pages; the lists come from the same services.
/// </summary>
internal static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this RouteGroupBuilder resident)
    {
        resident.MapGet("/clinics", ListClinicsAsync).WithName("ListClinics")
            .WithSummary("Med q: mottagningar vars namn eller kommun innehåller varje ord. Utan q: invånarens mottagningar.");
        resident.MapGet("/clinics/{clinicKey}/eservices", ListEServices).WithName("ListClinicEServices")
            .WithSummary("E-tjänsterna som mottagningen erbjuder invånare.").ProducesProblem(StatusCodes.Status404NotFound);
        resident.MapGet("/eservices/{formKey}", GetEService).WithName("GetEService")
            .WithSummary("En e-tjänst med JSON Schema för svaren: nuvarande version, eller med version= en äldre (som ett ärende gjordes med).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<ClinicDto>>> ListClinicsAsync(
        ClaimsPrincipal user, ResidentClinics clinics, DefinitionLibrary library, CancellationToken cancellationToken, string? q = null)
    {
        var found = string.IsNullOrWhiteSpace(q)
            ? (await clinics.MineAsync(user.Personnummer()!, cancellationToken)).Select(c => c.Clinic)
            : clinics.Search(q);
        return TypedResults.Ok<IReadOnlyList<ClinicDto>>([.. found.Select(c => ClinicDto.From(c, library.Catalog))]);
    }

    private static Results<Ok<IReadOnlyList<EServiceSummaryDto>>, ProblemHttpResult> ListEServices(ClaimsPrincipal user, DefinitionLibrary library, string clinicKey)
    {
        if (library.Catalog.FindClinic(clinicKey) is not { } clinic) return NotFoundProblems.Clinic(clinicKey);
        return TypedResults.Ok<IReadOnlyList<EServiceSummaryDto>>([.. ResidentClinics.OfferedForms(library, clinic, user.Personnummer()!).Select(EServiceSummaryDto.From)]);
    }

    private static Results<Ok<EServiceDto>, ProblemHttpResult> GetEService(DefinitionLibrary library, string formKey, int? version = null)
    {
        var form = version is { } v ? library.Form(formKey, v) : library.Current(formKey);
        if (form is null || form.Definition.Flow != FlowType.ResidentInitiated)
            return NotFoundProblems.EService(formKey);
        return TypedResults.Ok(EServiceDto.From(form));
    }
}
