using System.Security.Claims;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FormEngine.Host.Api.Catalog;

/// <summary>
/// What the JSON Schema cannot carry: the choices of the form's external lists for this resident at this clinic
/// (e.g. their prescriptions written there). Built by the same ResidentFormContexts as the form page and the intake,
/// so what is offered here is what a submission is checked against.
/// </summary>
internal static class FormContextEndpoints
{
    public sealed record ChoiceDto(string Code, IReadOnlyDictionary<string, string> Label);

    public static void MapFormContextEndpoints(this RouteGroupBuilder resident)
    {
        resident.MapGet("/clinics/{clinicKey}/eservices/{formKey}/lists", ListsAsync).WithName("GetEServiceLists")
            .WithSummary("Valen i e-tjänstens externa listor för den inloggade invånaren på mottagningen (t.ex. clinic_prescriptions).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<IReadOnlyDictionary<string, IReadOnlyList<ChoiceDto>>>, ProblemHttpResult>> ListsAsync(
        string clinicKey, string formKey, ClaimsPrincipal user, DefinitionLibrary library, ResidentFormContexts contexts,
        CancellationToken cancellationToken)
    {
        if (library.Catalog.FindClinic(clinicKey) is not { } clinic) return NotFoundProblems.Clinic(clinicKey);
        if (ResidentClinics.OfferedForms(library, clinic, user.Personnummer()!).FirstOrDefault(f => f.Key == formKey) is not { } form)
            return NotFoundProblems.EService(formKey);
        var context = await contexts.ForAsync(user.Personnummer()!, clinic, form, cancellationToken);
        IReadOnlyDictionary<string, IReadOnlyList<ChoiceDto>> lists = form.Definition.ExternalLists.ToDictionary(
            l => l.Name,
            l => (IReadOnlyList<ChoiceDto>)[.. context.List(l.Name).Select(c => new ChoiceDto(c.Code, LocalizedJson.From(c.Label)))],
            StringComparer.Ordinal);
        return TypedResults.Ok(lists);
    }
}
