using System.Globalization;
using FormEngine.Workflows.Cases;

namespace FormEngine.Workflows.Activities.CaseRouting;

/// <summary>
/// Vårdval: registers the listing the case's resident chose (a vårdcentral and the date it takes effect) in the
/// region's listing register. The register, not the clinic, decides: a choice no longer possible is refused, and
/// the workflow tells the resident why. What was registered is put in variables for the confirmation and routing.
/// </summary>
[Activity(TypeName, Version = 1, Category = CaseActivities.Category,
    Description = "Registers the vårdcentral and effective date chosen in the case's submission in the region's listing register.")]
[Outcomes(Registered, Refused)]
public sealed class RegisterListing(IListingChanges listings) : IActivity
{
    public const string TypeName = "FormEngine.RegisterListing";
    public const string Registered = "Registered";
    public const string Refused = "Refused";

    [Input(Description = "Answer path of the chosen vårdcentral (a clinic key).", LiteralOnly = true)]
    public string ClinicField { get; set; } = "vardcentral";

    [Input(Description = "Answer path of the date the listing takes effect.", LiteralOnly = true)]
    public string EffectiveFromField { get; set; } = "effective_from";

    [Input(Description = "Variable that receives the clinic key of the new listing.", LiteralOnly = true)]
    public string ClinicKeyVariable { get; set; } = "listingClinicKey";

    [Input(Description = "Variable that receives the clinic's name.", LiteralOnly = true)]
    public string ClinicNameVariable { get; set; } = "listingClinicName";

    [Input(Description = "Variable that receives the effective date, yyyy-MM-dd.", LiteralOnly = true)]
    public string EffectiveFromVariable { get; set; } = "listingEffectiveFrom";

    [Input(Description = "Variable that receives the reason (Swedish) when the register refuses.", LiteralOnly = true)]
    public string RefusalVariable { get; set; } = "listingRefusal";

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (CaseActivities.CaseIdOf(context) is not { } caseId) return CaseActivities.NoCaseFault(TypeName);
        var change = await listings.RegisterAsync(caseId, new ListingRequestFields(ClinicField, EffectiveFromField), context.CancellationToken);
        switch (change)
        {
            case ListingChange.Registered registered:
                context.SetVariable(ClinicKeyVariable, registered.ClinicKey);
                context.SetVariable(ClinicNameVariable, registered.ClinicName);
                context.SetVariable(EffectiveFromVariable, registered.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return ActivityResult.Outcome(Registered);
            case ListingChange.Refused refused:
                context.SetVariable(RefusalVariable, refused.Reason);
                return ActivityResult.Outcome(Refused);
            default:
                throw new InvalidOperationException($"Unknown listing change {change.GetType().Name}.");
        }
    }
}
