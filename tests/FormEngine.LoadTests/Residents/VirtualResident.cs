using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormEngine.Host.Identity;

namespace FormEngine.LoadTests.Residents;

/// <summary>
/// A resident driving the portal: logs in on the test identity page (a browser session cookie) and holds a
/// development bearer token for the API; submits Förnya recept at Vårdcentralen Eksjö with their own
/// prescriptions (the demo data source gives each resident their own).
/// </summary>
public sealed partial class VirtualResident(HttpClient client, string personnummer)
{
    public const string Clinic = "vc-eksjo";
    public const string Form = "fornya-recept";

    public string Personnummer { get; } = personnummer;
    public string? SessionCookie { get; private set; }

    /// <summary>The form page of the resident's own draft (opening the e-service makes one and redirects to it).</summary>
    public string? DraftPage { get; private set; }
    private string? _token;
    private string[] _prescriptions = [];

    /// <summary>A login as a browser does it: the login page (antiforgery cookie and token), then the post. True when signed in.</summary>
    public async Task<bool> LogInAsync()
    {
        using var page = await client.GetAsync("/logga-in");
        if (page.StatusCode != HttpStatusCode.OK) return false;
        var antiforgeryCookie = string.Join("; ", PortalClient.SetCookies(page));
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/logga-in")
        {
            Content = new FormUrlEncodedContent([new("Method", LoginMethods.BankId), new("Personnummer", Personnummer), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await client.SendAsync(post);
        var session = PortalClient.SetCookies(signedIn).Where(c => c.StartsWith("fe.session", StringComparison.Ordinal)).ToList();
        if (signedIn.StatusCode != HttpStatusCode.Redirect || session.Count == 0) return false;
        SessionCookie = string.Join("; ", session);
        return true;
    }

    /// <summary>Opens Förnya recept once: the portal creates a draft and redirects to its page, which the read phase asks for.</summary>
    public async Task OpenDraftAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/mottagningar/{Clinic}/{Form}");
        request.Headers.Add("Cookie", SessionCookie ?? throw new InvalidOperationException("Not logged in."));
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
            throw new InvalidOperationException($"Opening the e-service gave {(int)response.StatusCode}, not a redirect to a draft.");
        DraftPage = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>A page as the signed-in resident's browser asks for it. True for 200 with a body.</summary>
    public async Task<bool> GetPageAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", SessionCookie ?? throw new InvalidOperationException("Not logged in."));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentLength is not 0;
    }

    /// <summary>A development token (its first use is an API login) and the resident's prescriptions at the clinic.</summary>
    public async Task PrepareApiAsync()
    {
        using var issued = await client.PostAsJsonAsync("/api/v1/dev/token", new { personnummer = Personnummer });
        issued.EnsureSuccessStatusCode();
        _token = (await issued.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/clinics/{Clinic}/eservices/{Form}/lists");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var lists = await client.SendAsync(request);
        lists.EnsureSuccessStatusCode();
        var choices = (await lists.Content.ReadFromJsonAsync<JsonObject>())!["clinic_prescriptions"]!.AsArray();
        _prescriptions = [.. choices.Take(2).Select(c => c!["code"]!.GetValue<string>())];
    }

    /// <summary>POST /api/v1/cases with a new Idempotency-Key. The case id when accepted (201), else null.</summary>
    public async Task<string?> SubmitAsync()
    {
        var answers = new JsonObject
        {
            ["prescriptions"] = new JsonArray([.. _prescriptions.Select(p => (JsonNode)JsonValue.Create(p))]),
            ["health_changed"] = "nej",
            ["side_effects"] = false,
            ["contact_method"] = "message",
            ["terms_accepted"] = true,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = JsonContent.Create(new { clinicKey = Clinic, formKey = Form, formVersion = 1, answers }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token ?? throw new InvalidOperationException("No token."));
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created) return null;
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
