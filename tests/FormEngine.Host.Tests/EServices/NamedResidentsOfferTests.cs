using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.Host.Tests.EServices;

/// <summary>
/// Vårdcentralen Eksjö's own case type, offered only to Tolvan (begränsat urval in the catalogue): Tolvan sees
/// and sends it; Gustav neither sees it nor reaches its form, by address, by a forged post or through the intake.
/// </summary>
public sealed class NamedResidentsOfferTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Clinic = "vc-eksjo";
    private const string Form = "vc-eksjo-blodtryckskontroll";
    private const string Title = "Rapportera blodtryck hemifrån";
    private const string Tolvan = "191212121212";
    private const string Gustav = "195511181538";
    private BootHost Host => shared.Host;

    [Fact]
    public async Task The_named_resident_sees_it_and_sends_a_case()
    {
        var tolvan = await new ResidentBrowser(Host, Tolvan).LogInAsync();

        var clinic = await tolvan.PageAsync($"/mottagningar/{Clinic}");
        Assert.Contains(clinic.QuerySelectorAll(".card__title a"), a => a.TextContent.Trim() == Title);
        var page = await tolvan.PageAsync(await tolvan.StartFormAsync(Clinic, Form));
        var check = await FornyaRecept.NextAsync(tolvan, await tolvan.SubmitAsync(page, ("systolic", "138"), ("diastolic", "86"), ("measured_days", "7")), "?sida=2");
        var caseId = FornyaRecept.CaseIdFromReceipt(await tolvan.SubmitAsync(check));

        var stored = await Host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId));
        Assert.Equal((Tolvan, Clinic, Form), (stored.ResidentPersonnummer, stored.ClinicKey, stored.FormKey));
    }

    [Fact]
    public async Task Anyone_else_neither_sees_it_nor_reaches_it_by_address_or_post()
    {
        var gustav = await new ResidentBrowser(Host, Gustav).LogInAsync();

        var clinic = await gustav.PageAsync($"/mottagningar/{Clinic}");
        Assert.DoesNotContain(Title, clinic.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await gustav.Client.GetAsync($"/mottagningar/{Clinic}/{Form}")).StatusCode);

        // A post with a valid anti-forgery token (from a form Gustav may fill) to the restricted form's address.
        var other = await gustav.PageAsync(await gustav.StartFormAsync(Clinic, "synpunkter-klagomal"));
        var values = ResidentBrowser.Values(other.QuerySelector<IHtmlFormElement>("form.fe-form")!, [("systolic", "138"), ("diastolic", "86"), ("measured_days", "7")]);
        var draftId = Guid.NewGuid().ToString("N");
        var posted = await gustav.Client.PostAsync($"/mottagningar/{Clinic}/{Form}/{draftId}", new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.False(await Host.QueryAsync(db => db.Drafts.AnyAsync(d => d.Id == draftId)));

        var intake = Host.Services.GetRequiredService<CaseIntake>();
        var answers = new JsonObject { ["systolic"] = 138, ["diastolic"] = 86, ["measured_days"] = 7 };
        Assert.IsType<IntakeResult.Refused>(await intake.SubmitAsync(new IntakeRequest(Gustav, Clinic, Form, 1, answers, Guid.NewGuid().ToString("N"))));
        Assert.False(await Host.QueryAsync(db => db.Cases.AnyAsync(c => c.ResidentPersonnummer == Gustav && c.FormKey == Form)));
    }
}
