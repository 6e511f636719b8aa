using System.Net;
using System.Text.RegularExpressions;

namespace FormEngine.EndToEnd.Tests.Durability;

/// <summary>
/// A resident's browser without a browser: a cookie jar and the portal's own HTML forms, posted as a browser would
/// (antiforgery token and the form's hidden fields included). Fills Förnya recept at Vårdcentralen Eksjö.
/// </summary>
public sealed partial class ResidentHttpClient : IDisposable
{
    private const string FormPath = "/mottagningar/vc-eksjo/fornya-recept";
    private readonly HttpClient http;

    public ResidentHttpClient(Uri baseAddress)
    {
        http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task LogInAsync(string personnummer)
    {
        var page = await GetAsync("/logga-in");
        var response = await PostAsync("/logga-in", Hidden(page).Concat([new("Method", "bankid"), new("Personnummer", personnummer)]));
        Assert.Equal("/", response.Address.AbsolutePath);
    }

    /// <summary>Starts a form and fills every page up to check-your-answers; returns the draft's address and page.</summary>
    public async Task<PreparedDraft> PrepareRenewalAsync()
    {
        var page = await GetAsync(FormPath);
        var prescription = FirstPrescription().Match(page.Html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(prescription), "No prescription to choose on the first page.");
        page = await PostAsync(page.Address.AbsolutePath, Hidden(page).Append(new("prescriptions", prescription)));
        page = await PostAsync(page.Address.AbsolutePath, Hidden(page).Concat([new("health_changed", "false"), new("side_effects", "false")]));
        page = await PostAsync(page.Address.AbsolutePath, Hidden(page).Append(new("contact_method", "message")));
        Assert.Contains("Kontrollera dina svar", page.Html);
        return new PreparedDraft(page.Address.AbsolutePath, Hidden(page));
    }

    /// <summary>Accepts the terms and sends. Returns the receipt (case id and reference) the resident was shown.</summary>
    public async Task<Receipt> SendAsync(PreparedDraft draft, CancellationToken cancellationToken = default)
    {
        var page = await PostAsync(draft.Path, draft.Fields.Append(new("terms_accepted", "true")), cancellationToken);
        var caseId = page.Address.AbsolutePath.StartsWith("/kvitto/", StringComparison.Ordinal) ? page.Address.AbsolutePath["/kvitto/".Length..] : null;
        var reference = ReceiptReference().Match(page.Html).Groups[1].Value;
        Assert.True(caseId is not null && reference.Length > 0, $"No receipt after sending; landed on {page.Address}.");
        return new Receipt(caseId, reference, draft.Path);
    }

    private async Task<HtmlPage> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return new HtmlPage(response.RequestMessage!.RequestUri!, await response.Content.ReadAsStringAsync());
    }

    private async Task<HtmlPage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsync(path, new FormUrlEncodedContent(fields), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: HTTP {(int)response.StatusCode}");
        return new HtmlPage(response.RequestMessage!.RequestUri!, html);
    }

    /// <summary>The hidden fields of the page's main form (the last form on the page; the first is the logout button's).</summary>
    private static List<KeyValuePair<string, string>> Hidden(HtmlPage page)
    {
        var start = page.Html.LastIndexOf("<form", StringComparison.Ordinal);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in InputTag().Matches(page.Html[start..]))
        {
            var tag = input.Value;
            if (!tag.Contains("type=\"hidden\"", StringComparison.Ordinal)) continue;
            var name = NameAttribute().Match(tag).Groups[1].Value;
            var value = WebUtility.HtmlDecode(ValueAttribute().Match(tag).Groups[1].Value);
            if (name.Length > 0) fields.Add(new(name, value));
        }
        return fields;
    }

    public void Dispose() => http.Dispose();

    private sealed record HtmlPage(Uri Address, string Html);

    [GeneratedRegex("<input[^>]*>")] private static partial Regex InputTag();
    [GeneratedRegex("name=\"([^\"]*)\"")] private static partial Regex NameAttribute();
    [GeneratedRegex("value=\"([^\"]*)\"")] private static partial Regex ValueAttribute();
    [GeneratedRegex("name=\"prescriptions\" type=\"checkbox\" value=\"([^\"]+)\"")] private static partial Regex FirstPrescription();
    [GeneratedRegex("id=\"arendenummer\">([^<]+)<")] private static partial Regex ReceiptReference();
}

public sealed record PreparedDraft(string Path, IReadOnlyList<KeyValuePair<string, string>> Fields);

public sealed record Receipt(string CaseId, string Reference, string DraftPath);
