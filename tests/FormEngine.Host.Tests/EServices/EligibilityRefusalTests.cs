using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Ombud;
using FormEngine.Host.Tests.Residents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.EServices;

/// <summary>
/// A form's eligibility (Beställ journalkopia 16+, Egen provhantering 15+) on the clinic page, the form page and
/// the intake: Tea (15, demo) and Anna acting for Lilla (5) are refused with the form's message, an adult is not.
/// </summary>
public sealed class EligibilityRefusalTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Clinic = "vc-eksjo";
    private const string Journalkopia = "bestall-journalkopia";
    private const string Provhantering = "egen-provhantering";
    private const string SixteenMessage = "Du behöver ha fyllt 16 år för att beställa en journalkopia.";
    private const string FifteenMessage = "Du behöver ha fyllt 15 år för att beställa provtagning själv.";
    private BootHost Host => shared.Host;

    [Fact]
    public async Task A_15_year_old_sees_the_16_plus_service_unlinked_with_its_message_and_may_order_the_15_plus_kit()
    {
        var tea = await new ResidentBrowser(Host, await OmbudTests.PersonnummerOfAsync(Host, "Tea Tonårsdotter")).LogInAsync();

        var clinic = await tea.PageAsync($"/mottagningar/{Clinic}");
        var card = Card(clinic, "Beställ journalkopia");
        Assert.Null(card.QuerySelector("a"));
        Assert.Contains(SixteenMessage, card.TextContent);
        Assert.NotNull(Card(clinic, "Beställ provtagning för klamydia och gonorré").QuerySelector($"a[href='/mottagningar/{Clinic}/{Provhantering}']"));

        var form = await tea.PageAsync($"/mottagningar/{Clinic}/{Journalkopia}");
        Assert.Contains(SixteenMessage, form.QuerySelector("main")!.TextContent);
        Assert.Null(form.QuerySelector("form.fe-form"));
        Assert.StartsWith($"/mottagningar/{Clinic}/{Provhantering}/", await tea.StartFormAsync(Clinic, Provhantering));
    }

    [Fact]
    public async Task A_forged_post_to_a_draft_address_shows_the_message_and_starts_nothing()
    {
        var personnummer = await OmbudTests.PersonnummerOfAsync(Host, "Tea Tonårsdotter");
        var tea = await new ResidentBrowser(Host, personnummer).LogInAsync();
        // A real form gives the browser an anti-forgery token; the post then goes to the refused form's address.
        var kit = await tea.PageAsync(await tea.StartFormAsync(Clinic, Provhantering));
        var draftId = Guid.NewGuid().ToString("N");
        var values = ResidentBrowser.Values(kit.QuerySelector<IHtmlFormElement>("form.fe-form")!, [("unit_scope", "this_clinic"), ("period_from", "2024-01-01")]);

        var response = await tea.Client.PostAsync($"/mottagningar/{Clinic}/{Journalkopia}/{draftId}", new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SixteenMessage, await response.Content.ReadAsStringAsync());
        Assert.False(await Host.QueryAsync(db => db.Drafts.AnyAsync(d => d.Id == draftId)));
        Assert.False(await Host.QueryAsync(db => db.Cases.AnyAsync(c => c.ResidentPersonnummer == personnummer && c.FormKey == Journalkopia)));
    }

    [Fact]
    public async Task A_guardian_acting_for_a_5_year_old_is_refused_both_age_limited_services()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await OmbudTests.ChooseAsync(anna, lilla)).StatusCode);

        var clinic = await anna.PageAsync($"/mottagningar/{Clinic}");
        Assert.Contains(SixteenMessage, Card(clinic, "Beställ journalkopia").TextContent);
        Assert.Contains(FifteenMessage, Card(clinic, "Beställ provtagning för klamydia och gonorré").TextContent);
        var form = await anna.PageAsync($"/mottagningar/{Clinic}/{Provhantering}");
        Assert.Contains(FifteenMessage, form.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_intake_refuses_an_ineligible_resident_and_accepts_an_adult()
    {
        var tea = await OmbudTests.PersonnummerOfAsync(Host, "Tea Tonårsdotter");
        var answers = new JsonObject { ["period_from"] = "2024-01-01", ["unit_scope"] = "this_clinic", ["terms_accepted"] = true };
        var intake = Host.Services.GetRequiredService<CaseIntake>();

        var refused = await intake.SubmitAsync(new IntakeRequest(tea, Clinic, Journalkopia, 1, (JsonObject)answers.DeepClone(), Guid.NewGuid().ToString("N")));
        var accepted = await intake.SubmitAsync(new IntakeRequest("191212121212", Clinic, Journalkopia, 1, (JsonObject)answers.DeepClone(), Guid.NewGuid().ToString("N")));

        Assert.IsType<IntakeResult.Refused>(refused);
        Assert.IsType<IntakeResult.Accepted>(accepted);
    }

    [Fact]
    public async Task An_adult_is_offered_the_16_plus_service()
    {
        var gustav = await new ResidentBrowser(Host, "195511181538").LogInAsync();

        var clinic = await gustav.PageAsync($"/mottagningar/{Clinic}");
        Assert.NotNull(Card(clinic, "Beställ journalkopia").QuerySelector($"a[href='/mottagningar/{Clinic}/{Journalkopia}']"));
        Assert.StartsWith($"/mottagningar/{Clinic}/{Journalkopia}/", await gustav.StartFormAsync(Clinic, Journalkopia));
    }

    private static IElement Card(IHtmlDocument page, string title) =>
        page.QuerySelectorAll("li.card").Single(c => c.QuerySelector(".card__title")!.TextContent.Trim() == title);
}
