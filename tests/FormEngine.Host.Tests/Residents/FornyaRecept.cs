using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;

namespace FormEngine.Host.Tests.Residents;

/// <summary>Going through Förnya recept at Vårdcentralen Eksjö as a browser does, page by page.</summary>
public static class FornyaRecept
{
    public const string Clinic = "vc-eksjo";
    public const string Form = "fornya-recept";

    /// <summary>Fills every page and stops on check-your-answers; returns that page and the draft address.</summary>
    public static async Task<(IHtmlDocument CheckPage, string DraftUrl)> FillAsync(ResidentBrowser resident)
    {
        var draftUrl = await resident.StartFormAsync(Clinic, Form);
        var page = await resident.PageAsync(draftUrl);
        var prescription = page.QuerySelector<IHtmlInputElement>("input[name=prescriptions]")!.Value;

        page = await NextAsync(resident, await resident.SubmitAsync(page, ("prescriptions", prescription)), "?sida=2");
        page = await NextAsync(resident, await resident.SubmitAsync(page, ("health_changed", "false"), ("side_effects", "false")), "?sida=3");
        page = await NextAsync(resident, await resident.SubmitAsync(page, ("contact_method", "message")), "?sida=4");
        return (page, draftUrl);
    }

    /// <summary>Presses Skicka with the terms accepted; returns the response (a redirect to the receipt).</summary>
    public static Task<HttpResponseMessage> SendAsync(ResidentBrowser resident, IHtmlDocument checkPage) =>
        resident.SubmitAsync(checkPage, ("terms_accepted", "true"));

    public static async Task<IHtmlDocument> NextAsync(ResidentBrowser resident, HttpResponseMessage response, string expectedPage)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect to {expectedPage}, got {response.StatusCode}: {Errors(await response.Content.ReadAsStringAsync())}");
        var location = response.Headers.Location!.OriginalString;
        Assert.EndsWith(expectedPage, location);
        return await resident.PageAsync(location);
    }

    public static string CaseIdFromReceipt(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/kvitto/", location);
        return location["/kvitto/".Length..];
    }

    private static string Errors(string html) =>
        string.Join(" | ", ResidentBrowser.Parse(html).QuerySelectorAll(".fe-error-summary li, .fe-error-message").Select(e => e.TextContent.Trim()));
}
