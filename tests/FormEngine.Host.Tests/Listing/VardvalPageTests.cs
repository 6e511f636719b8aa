using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Listing;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Ombud;
using FormEngine.Host.Tests.Residents;
using static FormEngine.Host.Tests.Listing.VardvalSteps;

namespace FormEngine.Host.Tests.Listing;

/// <summary>
/// /vardval without JavaScript: the demo listing and since when, the list of vårdcentraler of the three regions,
/// a guardian acting for a child, and skyddad identitet in Jönköpings län (which hides vårdval). Each test has its
/// own demo resident.
/// </summary>
public sealed class VardvalPageTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Gustav = "195511181538";
    private const string Sara = "196401307845";
    private const string Tolvan = "191212121212";

    private BootHost Host => shared.Host;

    [Fact]
    public async Task A_demo_resident_sees_the_vardcentral_they_are_listed_at_and_since_when()
    {
        var listing = Assert.Single(await ListingsAsync(Host, Gustav));
        var clinic = Host.Definitions.Catalog.FindClinic(listing.ClinicKey)!;
        var gustav = await new ResidentBrowser(Host, Gustav).LogInAsync();

        var page = await gustav.PageAsync("/vardval");

        Assert.Equal("Vårdval", page.QuerySelector("h1")!.TextContent);
        var current = page.QuerySelector("#nuvarande-vardcentral")!.TextContent;
        Assert.Contains(clinic.Name, current);
        Assert.Contains("Region Jönköpings län", current);
        Assert.Contains($"Listad sedan {listing.EffectiveFrom.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"))}.", current);
        Assert.Null(page.QuerySelector("#kommande-byte"));
        Assert.Equal($"/mottagningar/{clinic.Key}/vardval", page.QuerySelector("a#valj-vardcentral")!.GetAttribute("href"));
        // Mina mottagningar agrees with the register.
        var mine = await gustav.PageAsync("/mottagningar");
        Assert.Contains(mine.QuerySelectorAll(".card"), card => card.TextContent.Contains(clinic.Name) && card.TextContent.Contains("Din vårdcentral"));
    }

    [Fact]
    public async Task The_form_offers_every_vardcentral_of_the_three_regions_labelled_by_region_and_no_specialist_clinic()
    {
        var tolvan = await new ResidentBrowser(Host, Tolvan).LogInAsync();

        var form = await OpenFormAsync(tolvan);

        var options = form.QuerySelectorAll<IHtmlOptionElement>("select[name=vardcentral] option").Where(o => o.Value != "").ToList();
        Assert.Contains(options, o => o.Value == "vc-eksjo" && o.Text == "Vårdcentralen Eksjö, Eksjö (Region Jönköpings län)");
        Assert.Contains(options, o => o.Value == "vc-linkoping-ekholmen" && o.Text.EndsWith("(Region Östergötland)", StringComparison.Ordinal));
        Assert.Contains(options, o => o.Value == "vc-kalmar-centrum" && o.Text.EndsWith("(Region Kalmar län)", StringComparison.Ordinal));
        Assert.DoesNotContain(options, o => o.Value == "hudmottagningen-ryhov");
        Assert.Equal(Host.Definitions.Catalog.Clinics.Count(c => c.Kind == FormEngine.Catalog.ClinicKind.Vardcentral), options.Count);
    }

    [Fact]
    public async Task A_date_in_the_past_is_refused_on_the_page_in_swedish()
    {
        var tolvan = await new ResidentBrowser(Host, Tolvan).LogInAsync();
        var form = await OpenFormAsync(tolvan);

        var response = await tolvan.SubmitAsync(form, ("vardcentral", "vc-motala"), ("effective_from", Iso(Today.AddDays(-1))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Datumet kan inte vara tidigare än i dag.", page.QuerySelector(".fe-error-summary")!.TextContent);
    }

    [Fact]
    public async Task A_guardian_sees_and_changes_the_childs_listing_not_their_own()
    {
        var lilla = await OmbudTests.PersonnummerOfAsync(Host, "Lilla Exempelsson");
        var annasBefore = await ListingsAsync(Host, OmbudTests.Anna);
        var anna = await new ResidentBrowser(Host, OmbudTests.Anna).LogInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await OmbudTests.ChooseAsync(anna, lilla)).StatusCode);

        var page = await anna.PageAsync("/vardval");
        Assert.Equal("Vårdval för Lilla Exempelsson", page.QuerySelector("h1")!.TextContent);
        var childsListing = Assert.Single(await ListingsAsync(Host, lilla));
        Assert.Contains(Host.Definitions.Catalog.FindClinic(childsListing.ClinicKey)!.Name, page.QuerySelector("#nuvarande-vardcentral")!.TextContent);

        var caseId = await ChooseAsync(anna, "vc-kalmar-centrum", Today.AddDays(10));
        await ClosedAsync(Host, caseId);

        var pending = Assert.Single(await ListingsAsync(Host, lilla), l => l.CaseId == caseId);
        Assert.Equal(("vc-kalmar-centrum", "kalmar-lan", Today.AddDays(10)), (pending.ClinicKey, pending.RegionKey, pending.EffectiveFrom));
        Assert.Equal(annasBefore.Select(l => l.Id), (await ListingsAsync(Host, OmbudTests.Anna)).Select(l => l.Id));
        Assert.Contains("Vårdcentralen Kalmar Centrum", (await anna.PageAsync("/vardval")).QuerySelector("#kommande-byte")!.TextContent);
    }

    [Fact]
    public async Task Skyddad_identitet_in_jonkopings_lan_hides_vardval_with_a_swedish_explanation()
    {
        var sara = await new ResidentBrowser(Host, Sara).LogInAsync();

        var page = await sara.PageAsync("/vardval");

        var notice = page.QuerySelector("#vardval-ej-tillgangligt")!.TextContent;
        Assert.Contains("Du har skyddade personuppgifter", notice);
        Assert.Null(page.QuerySelector("a#valj-vardcentral"));
        Assert.Null(page.QuerySelector("#nuvarande-vardcentral"));
        var listed = Assert.Single(await ListingsAsync(Host, Sara));
        Assert.DoesNotContain(Host.Definitions.Catalog.FindClinic(listed.ClinicKey)!.Name, page.Body!.TextContent);
    }

    [Fact]
    public async Task A_choice_sent_by_skyddad_identitet_through_a_clinic_is_refused_by_the_register_and_explained()
    {
        var before = await ListingsAsync(Host, Sara);
        var sara = await new ResidentBrowser(Host, Sara).LogInAsync();
        var draft = await sara.StartFormAsync("vc-tranas", "vardval");
        var form = await sara.PageAsync(draft);
        // Regions that hide vårdval for skyddad identitet are not offered at all.
        var offered = form.QuerySelectorAll<IHtmlOptionElement>("select[name=vardcentral] option").Select(o => o.Value).ToList();
        Assert.DoesNotContain("vc-tranas", offered);
        Assert.DoesNotContain("vc-kalmar-centrum", offered);
        Assert.Contains("vc-motala", offered);

        var check = await FornyaRecept.NextAsync(sara, await sara.SubmitAsync(form, ("vardcentral", "vc-motala"), ("effective_from", Iso(Today))), "?sida=2");
        var caseId = FornyaRecept.CaseIdFromReceipt(await sara.SubmitAsync(check, ("terms_accepted", "true")));
        await ClosedAsync(Host, caseId);

        Assert.Equal(before.Select(l => l.Id), (await ListingsAsync(Host, Sara)).Select(l => l.Id));
        var message = Assert.Single(await MessagesAsync(Host, caseId));
        Assert.Contains(ListingChangesOnDatabase.NotOnTheWeb, message.Text);
    }
}
