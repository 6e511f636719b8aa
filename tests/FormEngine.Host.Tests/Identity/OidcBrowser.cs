using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FormEngine.Host.Tests.Identity;

/// <summary>
/// A browser without JavaScript between the host (in-memory test server, https://localhost, cookies kept) and the
/// local provider (a real socket): follows every redirect by hand to whichever side it points at, and submits the
/// provider's form_post page as a browser's auto-submit would.
/// </summary>
public sealed class OidcBrowser(HttpClient host, TestOpenIdProvider provider) : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _provider = new(new HttpClientHandler { AllowAutoRedirect = false });

    public HttpClient Host { get; } = host;

    /// <summary>Every address visited, in order (host paths and provider URLs).</summary>
    public List<Uri> Visited { get; } = [];

    /// <summary>Opens <paramref name="url"/> on the host and follows the whole dance to the page it ends on.</summary>
    public async Task<(Uri Url, HttpResponseMessage Response)> OpenAsync(string url)
    {
        var current = new Uri(Host.BaseAddress!, url);
        var response = await SendAsync(HttpMethod.Get, current, null);
        for (var hops = 0; hops < 20; hops++)
        {
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.RedirectKeepVerb)
            {
                current = new Uri(current, response.Headers.Location!);
                response = await SendAsync(HttpMethod.Get, current, null);
                continue;
            }
            if (IsProvider(current) && response.StatusCode == HttpStatusCode.OK
                && Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("form") is IHtmlFormElement form)
            {
                current = new Uri(form.Action);
                var fields = form.Elements.OfType<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
                response = await SendAsync(HttpMethod.Post, current, new FormUrlEncodedContent(fields));
                continue;
            }
            return (current, response);
        }
        throw new InvalidOperationException("More than 20 redirects.");
    }

    private bool IsProvider(Uri url) => url.GetLeftPart(UriPartial.Authority) == new Uri(provider.Authority).GetLeftPart(UriPartial.Authority);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, HttpContent? content)
    {
        Visited.Add(url);
        return (IsProvider(url) ? _provider : Host).SendAsync(new HttpRequestMessage(method, url) { Content = content });
    }

    public void Dispose() => _provider.Dispose();
}
