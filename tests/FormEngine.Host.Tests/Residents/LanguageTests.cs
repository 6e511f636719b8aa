using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;

namespace FormEngine.Host.Tests.Residents;

/// <summary>
/// The resident's content language: "In English" (a plain link, remembered in a cookie) shows the definition's
/// English texts and the engine's English messages with lang="en" on the content, while the page stays lang="sv".
/// Each test logs in its own demo resident.
/// </summary>
public sealed class LanguageTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private BootHost Host => shared.Host;

    [Fact]
    public async Task English_shows_the_forms_own_English_texts_and_messages_in_a_lang_en_container_and_Swedish_comes_back()
    {
        var resident = await new ResidentBrowser(Host, "195511181538").LogInAsync();
        var clinic = await resident.PageAsync($"/mottagningar/{FornyaRecept.Clinic}");
        Assert.Contains(clinic.QuerySelectorAll(".card__title"), t => t.TextContent.Trim() == "Förnya recept");

        await FollowAsync(resident, clinic, "en", "In English", $"/mottagningar/{FornyaRecept.Clinic}");
        clinic = await resident.PageAsync($"/mottagningar/{FornyaRecept.Clinic}");
        var card = clinic.QuerySelectorAll("li.card").Single(c => c.TextContent.Contains("Renew a prescription"));
        Assert.Equal("en", card.GetAttribute("lang"));
        Assert.Contains("Ask the clinic to renew prescriptions it has written.", card.TextContent);

        var draftUrl = await resident.StartFormAsync(FornyaRecept.Clinic, FornyaRecept.Form);
        var page = await resident.PageAsync(draftUrl);
        var form = page.QuerySelector<IHtmlFormElement>("form.fe-form")!;
        Assert.Equal("en", form.GetAttribute("lang"));
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Renew a prescription", form.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Which prescriptions do you want to renew?", form.TextContent);
        Assert.DoesNotContain("lang", form.GetAttribute("action"), StringComparison.OrdinalIgnoreCase);

        var response = await resident.SubmitAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Error: Renew a prescription", shown.Title);
        Assert.Equal("en", shown.QuerySelector("title")!.GetAttribute("lang"));
        Assert.Equal("en", shown.QuerySelector("form.fe-form")!.GetAttribute("lang"));
        Assert.Equal("Prescriptions: Select at least one option.", shown.QuerySelector(".fe-error-summary__list a")!.TextContent.Trim());

        await FollowAsync(resident, shown, "sv", "På svenska", draftUrl);
        page = await resident.PageAsync(draftUrl);
        form = page.QuerySelector<IHtmlFormElement>("form.fe-form")!;
        Assert.Equal("sv", form.GetAttribute("lang"));
        Assert.Equal("Förnya recept", form.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("title")!.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("a[hreflang=en]"));
    }

    [Fact]
    public async Task In_English_the_check_page_terms_receipt_and_the_answers_on_the_case_page_are_English()
    {
        var resident = await new ResidentBrowser(Host, "200106234966").LogInAsync();
        await resident.PageAsync(ChoiceUrl("en", "/"), HttpStatusCode.Redirect);

        var (check, _) = await FornyaRecept.FillAsync(resident);
        var form = check.QuerySelector("form.fe-form")!;
        Assert.Equal("en", form.GetAttribute("lang"));
        Assert.Contains("A prescription renewal is not urgent.", form.TextContent);
        Assert.DoesNotContain("Kontrollera dina svar", form.TextContent);
        var caseId = FornyaRecept.CaseIdFromReceipt(await FornyaRecept.SendAsync(resident, check));

        var receipt = await resident.PageAsync($"/kvitto/{caseId}");
        var title = receipt.QuerySelectorAll("dd").First(d => d.TextContent.Contains("Renew a prescription"));
        Assert.Equal("en", title.GetAttribute("lang"));

        var casePage = await resident.PageAsync($"/inkorg/{caseId}");
        var answers = casePage.QuerySelector("main div[lang=en]")!;
        Assert.Contains("Which prescriptions do you want to renew?", answers.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("Has your health changed since you got the prescription?", answers.QuerySelectorAll("dt").Select(d => d.TextContent.Trim()));
        Assert.Equal("sv", casePage.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_choice_returns_only_to_addresses_of_this_site()
    {
        var resident = await new ResidentBrowser(Host, "198902025710").LogInAsync();

        var response = await resident.Client.GetAsync(ChoiceUrl("en", "https://example.org/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_form_without_English_stays_Swedish_with_a_note_while_the_others_are_English()
    {
        using var folder = new TempFolder();
        var definitions = RepositoryPaths.CopyDefinitions(folder.File("definitions"));
        File.Delete(Path.Combine(definitions, "published.yaml")); // the changed form is a new database, not a published version
        var file = Path.Combine(definitions, "eservices", "begar-intyg", "form.yaml");
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("languages: [sv, en]", text);
        await File.WriteAllTextAsync(file, text.Replace("languages: [sv, en]", "languages: [sv]", StringComparison.Ordinal));
        using var host = new BootHost(folder.File("app.db"), definitions);
        var resident = await new ResidentBrowser(host, "195511181538").LogInAsync();
        await resident.PageAsync(ChoiceUrl("en", "/"), HttpStatusCode.Redirect);

        var clinic = await resident.PageAsync($"/mottagningar/{FornyaRecept.Clinic}");
        var swedish = clinic.QuerySelectorAll("li.card").Single(c => c.QuerySelector(".card__title")!.TextContent.Trim() == "Begär intyg");
        Assert.Null(swedish.GetAttribute("lang"));
        Assert.Equal("en", swedish.QuerySelector(".meta")!.GetAttribute("lang"));
        Assert.Equal("Only available in Swedish.", swedish.QuerySelector(".meta")!.TextContent.Trim());
        Assert.Contains(clinic.QuerySelectorAll("li.card[lang=en] .card__title"), t => t.TextContent.Trim() == "Renew a prescription");

        var page = await resident.PageAsync(await resident.StartFormAsync(FornyaRecept.Clinic, "begar-intyg"));
        Assert.Equal("sv", page.QuerySelector("form.fe-form")!.GetAttribute("lang"));
        Assert.Equal("Begär intyg", page.QuerySelector("form.fe-form h1")!.TextContent.Trim());
        Assert.Equal("This e-service is only available in Swedish.", page.QuerySelector("p.notice[lang=en]")!.TextContent.Trim());
    }

    private static string ChoiceUrl(string language, string back) => $"/sprak?lang={language}&tillbaka={Uri.EscapeDataString(back)}";

    /// <summary>Follows the page's language link as a browser would: a redirect back to <paramref name="back"/>.</summary>
    private static async Task FollowAsync(ResidentBrowser resident, IDocument page, string language, string text, string back)
    {
        var link = page.QuerySelector($"a[hreflang={language}]") ?? throw new InvalidOperationException($"No link to {language}.");
        Assert.Equal(text, link.TextContent.Trim());
        var response = await resident.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(back, response.Headers.Location!.OriginalString);
    }
}
