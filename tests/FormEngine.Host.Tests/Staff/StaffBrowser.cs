using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;

namespace FormEngine.Host.Tests.Staff;

/// <summary>A member of staff in a browser without JavaScript: logs in with a seeded HSA-id, reads pages, posts their forms.</summary>
public sealed class StaffBrowser(BootHost host, string hsaId)
{
    public HttpClient Client { get; } = host.Browser();
    public string HsaId { get; } = hsaId;

    public async Task<StaffBrowser> LogInAsync()
    {
        var response = await PageForms.PostAsync(Client, "/personal/logga-in", new Dictionary<string, string> { ["HsaId"] = HsaId });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return this;
    }

    public async Task<IHtmlDocument> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: {response.StatusCode}, expected {expected}");
        return ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Posts the form on the page whose action contains <paramref name="handler"/> (e.g. "handler=Decide"), with the
    /// values it holds, the pressed button (name=value, and its formaction if it has one) and <paramref name="fields"/>.
    /// </summary>
    public Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string handler, (string Name, string Value)? button, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action")?.Contains(handler) == true)
            ?? throw new InvalidOperationException($"No form with '{handler}' on the page.");
        return Client.PostAsync(form.GetAttribute("action"), Content(form, button, fields));
    }

    /// <summary>Posts a form by a submit button's own formaction (e.g. "Infoga standardsvaret").</summary>
    public Task<HttpResponseMessage> PressAsync(IHtmlDocument page, string formHandler, string buttonHandler, params (string Name, string Value)[] fields)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.GetAttribute("action")?.Contains(formHandler) == true);
        var button = form.QuerySelectorAll<IHtmlButtonElement>("button").First(b => b.GetAttribute("formaction")?.Contains(buttonHandler) == true);
        return Client.PostAsync(button.GetAttribute("formaction"), Content(form, null, fields));
    }

    private static FormUrlEncodedContent Content(IHtmlFormElement form, (string Name, string Value)? button, (string Name, string Value)[] fields)
    {
        var values = ResidentBrowser.Values(form, fields);
        if (button is { } pressed) values.Add(new(pressed.Name, pressed.Value));
        return new FormUrlEncodedContent(values);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        ResidentBrowser.Parse(await response.Content.ReadAsStringAsync());
}
