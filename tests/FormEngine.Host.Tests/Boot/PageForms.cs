using System.Net;
using System.Text.RegularExpressions;

namespace FormEngine.Host.Tests.Boot;

/// <summary>Posting a page's form as a browser does: with the antiforgery token from the page just fetched.</summary>
public static partial class PageForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IDictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = Token().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, $"No antiforgery token on {formPage ?? url}.");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
