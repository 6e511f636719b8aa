using System.Security.Claims;
using FormEngine.Definitions;
using FormEngine.Host.Api.Authentication;
using FormEngine.Host.Api.Catalog;
using FormEngine.Host.Api.Problems;
using FormEngine.Host.Api.Resident;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FormEngine.Host.Api.Staff;

/// <summary>Invånarärenden: staff send a message from a template to a resident (ResidentDialogues, as the staff page).</summary>
internal static class DialogueEndpoints
{
    public static void MapDialogueEndpoints(this RouteGroupBuilder staff)
    {
        staff.MapGet("/staff/templates", ListTemplates).WithName("ListTemplates")
            .WithSummary("Mallarna för invånarärenden med meddelandets typ (information eller fråga) och text.");
        staff.MapPost("/staff/dialogues", SendAsync).WithName("SendDialogue")
            .WithSummary("Skicka ett invånarärende. Utelämnade texter tas från mallen, signaturen från avsändaren. Idempotency-Key krävs.")
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static Ok<IReadOnlyList<TemplateDto>> ListTemplates(DefinitionLibrary library) =>
        TypedResults.Ok<IReadOnlyList<TemplateDto>>([.. library.Templates
            .Where(t => t.Definition.Message is not null)
            .Select(t => new TemplateDto(t.Key, t.Version, LocalizedJson.From(t.Title), t.Definition.Message!.KindName,
                t.Definition.Message.Subject.In(LocalizedText.DefaultLanguage), t.Definition.Message.Text.In(LocalizedText.DefaultLanguage)))]);

    private static async Task<Results<Created<ReceiptDto>, Ok<ReceiptDto>, ProblemHttpResult>> SendAsync(
        DialogueCreateRequest request, [FromHeader(Name = ResidentCaseEndpoints.IdempotencyHeader)] string? idempotencyKey,
        ClaimsPrincipal user, StaffDirectory directory, ResidentDialogues dialogues, DefinitionLibrary library,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > ResidentCaseEndpoints.MaxIdempotencyKeyLength)
            return ResidentCaseEndpoints.MissingIdempotencyKey();
        var (staff, problem) = await StaffAccess.ProfileAsync(user, directory, cancellationToken);
        if (staff is null) return problem!;
        var template = library.Templates.FirstOrDefault(t => t.Key == request.TemplateKey);
        if (template is null) return ValidationProblems.For("templateKey", "Välj en mall.");

        // The page's form starts from the same prefill; whatever the client gives replaces it.
        var prefill = dialogues.Prefill(staff, request.ClinicKey, template);
        var result = await dialogues.SendAsync(staff, prefill with
        {
            Personnummer = request.Personnummer ?? "",
            Subject = request.Subject ?? prefill.Subject,
            Text = request.Text ?? prefill.Text,
            SignatureName = request.SignatureName ?? prefill.SignatureName,
            SignatureTitle = request.SignatureTitle ?? prefill.SignatureTitle,
            SignatureDate = request.SignatureDate ?? prefill.SignatureDate,
            IdempotencyKey = idempotencyKey,
        }, cancellationToken);
        return result switch
        {
            DialogueResult.Sent { Repeated: true } sent => TypedResults.Ok(new ReceiptDto(sent.CaseId, sent.Reference)),
            DialogueResult.Sent sent => TypedResults.Created($"{ApiRoutes.V1}/staff/cases/{sent.CaseId}", new ReceiptDto(sent.CaseId, sent.Reference)),
            DialogueResult.Refused refused => ValidationProblems.For(refused.Field, refused.Message),
            _ => throw new InvalidOperationException($"Unknown dialogue result {result}."),
        };
    }
}
