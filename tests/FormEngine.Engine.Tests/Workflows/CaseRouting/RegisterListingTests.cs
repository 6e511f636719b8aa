using FormEngine.Workflows.Activities.CaseRouting;
using FormEngine.Workflows.Cases;
using static FormEngine.Tests.Workflows.CaseRouting.CaseFixture;

namespace FormEngine.Tests.Workflows.CaseRouting;

public class RegisterListingTests
{
    private readonly InMemoryCases _cases = new();
    private readonly InMemoryListingChanges _listings = new();

    private ActivityTestFixture Fixture(string? caseId = "case-1") => For(_cases, caseId).WithService<IListingChanges>(_listings);

    [Fact]
    public async Task Registers_the_choice_and_puts_what_was_registered_in_variables()
    {
        _listings.Request("case-1", "vc-motala", "Vårdcentralen Motala", new DateOnly(2026, 12, 1));
        var fixture = Fixture();

        var result = await fixture.ExecuteAsync<RegisterListing>();

        Assert.Equal([RegisterListing.Registered], OutcomesOf(result));
        Assert.Equal("case-1", Assert.Single(_listings.Registered).CaseId);
        Assert.Equal(new ListingRequestFields("vardcentral", "effective_from"), _listings.LastFields);
        Assert.Equal("vc-motala", fixture.Context.Variables["listingClinicKey"]!.GetValue<string>());
        Assert.Equal("Vårdcentralen Motala", fixture.Context.Variables["listingClinicName"]!.GetValue<string>());
        Assert.Equal("2026-12-01", fixture.Context.Variables["listingEffectiveFrom"]!.GetValue<string>());
        Assert.False(fixture.Context.Variables.ContainsKey("listingRefusal"));
    }

    [Fact]
    public async Task The_form_paths_and_variable_names_come_from_the_inputs()
    {
        _listings.Request("case-1", "vc-eksjo", "Vårdcentralen Eksjö", new DateOnly(2026, 11, 30));
        var fixture = Fixture().WithInput("clinicField", "choice.clinic").WithInput("effectiveFromField", "choice.from")
            .WithInput("clinicNameVariable", "NewClinic");

        await fixture.ExecuteAsync<RegisterListing>();

        Assert.Equal(new ListingRequestFields("choice.clinic", "choice.from"), _listings.LastFields);
        Assert.Equal("Vårdcentralen Eksjö", fixture.Context.Variables["NewClinic"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refusal_is_an_outcome_with_the_reason_and_registers_nothing()
    {
        _listings.Refuse("case-1", "Den vårdcentral du valde går inte att välja.");
        var fixture = Fixture();

        var result = await fixture.ExecuteAsync<RegisterListing>();

        Assert.Equal([RegisterListing.Refused], OutcomesOf(result));
        Assert.Empty(_listings.Registered);
        Assert.Equal("Den vårdcentral du valde går inte att välja.", fixture.Context.Variables["listingRefusal"]!.GetValue<string>());
        Assert.False(fixture.Context.Variables.ContainsKey("listingClinicKey"));
    }

    [Fact]
    public async Task Running_again_for_the_same_case_registers_once()
    {
        _listings.Request("case-1", "vc-motala", "Vårdcentralen Motala", new DateOnly(2026, 12, 1));

        await Fixture().ExecuteAsync<RegisterListing>();
        var again = await Fixture().ExecuteAsync<RegisterListing>();

        Assert.Equal([RegisterListing.Registered], OutcomesOf(again));
        Assert.Single(_listings.Registered);
    }

    [Fact]
    public async Task Without_a_case_it_faults()
    {
        var result = await Fixture(caseId: null).ExecuteAsync<RegisterListing>();

        Assert.Equal(CaseActivities.NoCase, FaultCodeOf(result));
        Assert.Null(_listings.LastFields);
    }
}
