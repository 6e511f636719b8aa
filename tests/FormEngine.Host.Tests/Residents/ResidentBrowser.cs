using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FormEngine.Host.Tests.Boot;

namespace FormEngine.Host.Tests.Residents;

/// <summary>
/// A resident in a browser without JavaScript: logs in, reads pages with AngleSharp and posts forms with what
/// the page holds (hidden fields, antiforgery token, ticked boxes) plus the answers a test gives.
/// </summary>
public sealed class ResidentBrowser(HttpClient client, string personnummer)
{
    private static readonly HtmlParser Parser = new();

    public ResidentBrowser(BootHost host, string personnummer) : this(host.Browser(), personnummer)
    {
    }

    public HttpClient Client { get; } = client;
    public string Personnummer { get; } = personnummer;

    public async Task<ResidentBrowser> LogInAsync()
    {
        var response = await PageForms.PostAsync(Client, "/logga-in", new Dictionary<string, string>
        {
            ["Method"] = "bankid", ["Personnummer"] = Personnummer, ["ReturnUrl"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return this;
    }

    public async Task<IHtmlDocument> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        Assert.True(expected == response.StatusCode, $"GET {url}: {response.StatusCode}, expected {expected}");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Starts a new form and follows the redirect to its draft address.</summary>
    public async Task<string> StartFormAsync(string clinicKey, string formKey)
    {
        var response = await Client.GetAsync($"/mottagningar/{clinicKey}/{formKey}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>
    /// Submits the engine's form on <paramref name="document"/>: its current values, with <paramref name="answers"/>
    /// replacing the values of those names (several values for a name = several ticked boxes).
    /// </summary>
    public Task<HttpResponseMessage> SubmitAsync(IDocument document, params (string Name, string Value)[] answers)
    {
        var form = document.QuerySelector<IHtmlFormElement>("form.fe-form") ?? throw new InvalidOperationException("No engine form on the page.");
        return Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(Values(form, answers)));
    }

    public static List<KeyValuePair<string, string>> Values(IHtmlFormElement form, (string Name, string Value)[] answers)
    {
        var replaced = answers.Select(a => a.Name).ToHashSet();
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || replaced.Contains(name)) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) values.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement { Type: "submit" or "file" }:
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        values.AddRange(answers.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)));
        return values;
    }
}
