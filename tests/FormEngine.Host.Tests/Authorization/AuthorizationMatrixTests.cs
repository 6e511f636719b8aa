using System.Net;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;

namespace FormEngine.Host.Tests.Authorization;

/// <summary>
/// Every kind of user against every kind of resource, pages and API, with real ids and guessed ones: the owner or
/// the role the resource is for gets 200; everyone else 401, 403, 404 or (a page, not signed in as the right
/// kind) a redirect to a login page, and never the data: no case reference, no file or message contents.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixCases data) : IClassFixture<MatrixCases>
{
    public const string Anonymous = "anonym";
    public const string ResidentA = "invånare A";
    public const string ResidentB = "invånare B";
    public const string ReceiverX = "ärendemottagare vc-eksjo";
    public const string StaffY = "personal hudmottagningen";
    public const string Granskare = "granskare";
    public const string LokalAdmin = "lokal administratör vc-eksjo";

    /// <summary>Ids nobody owns, shaped like real ones (32 hex digits).</summary>
    private const string Guessed = "0123456789abcdef0123456789abcdef";

    private IEnumerable<(string Url, string? Owner)> Resources() =>
    [
        ($"/inkorg/{data.CaseId}", ResidentA),
        ($"/inkorg/{data.MessageCaseId}", ResidentA),
        ($"/kvitto/{data.CaseId}", ResidentA),
        ($"/bilagor/{data.AttachmentId}", ResidentA),
        ($"/personal/arenden/{data.CaseId}", ReceiverX),
        ($"/personal/arenden/{data.MessageCaseId}", ReceiverX),
        ($"/personal/bilagor/{data.AttachmentId}", ReceiverX),
        ("/granskning", Granskare),
        ($"/granskning?handler=csv&personnummer={MatrixCases.ResidentA}", Granskare),
        ("/behorigheter", LokalAdmin),
        ("/behorigheter?mottagning=vc-eksjo", LokalAdmin),
        ("/admin/incidenter", LokalAdmin),
        ($"/api/v1/cases/{data.CaseId}", ResidentA),
        ($"/api/v1/cases/{data.CaseId}/messages", ResidentA),
        ($"/api/v1/cases/{data.MessageCaseId}", ResidentA),
        ($"/api/v1/staff/cases/{data.CaseId}", ReceiverX),
        ($"/api/v1/staff/cases/{data.MessageCaseId}", ReceiverX),
        ("/api/v1/clinics/vc-eksjo/inbox", ReceiverX),
        ($"/tidbokning/{data.BookingId}/avboka", ResidentA),
        ($"/tidbokning/{data.BookingId}/omboka", ResidentA),
        // Guessed ids: nobody gets 200.
        ($"/inkorg/{Guessed}", null),
        ($"/kvitto/{Guessed}", null),
        ($"/bilagor/{Guessed}", null),
        ($"/personal/arenden/{Guessed}", null),
        ($"/personal/bilagor/{Guessed}", null),
        ($"/api/v1/cases/{Guessed}", null),
        ($"/api/v1/staff/cases/{Guessed}", null),
        ("/behorigheter?mottagning=vc-tranas", null),
        ($"/tidbokning/{Guessed}/avboka", null),
        ($"/tidbokning/{Guessed}/omboka", null),
        ($"/stod-och-behandling/{Guessed}", null),
        ($"/personal/behandling/{Guessed}", null),
        // Only behandlare have the programme workspace; none of these users is one.
        ("/personal/behandling", null),
    ];

    [Theory]
    [InlineData(Anonymous)]
    [InlineData(ResidentA)]
    [InlineData(ResidentB)]
    [InlineData(ReceiverX)]
    [InlineData(StaffY)]
    [InlineData(Granskare)]
    [InlineData(LokalAdmin)]
    public async Task Each_user_gets_exactly_the_resources_that_are_theirs(string user)
    {
        var client = await ClientAsync(user);
        var failures = new List<string>();

        foreach (var (url, owner) in Resources())
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (owner == user)
            {
                if (response.StatusCode != HttpStatusCode.OK) failures.Add($"GET {url}: {(int)response.StatusCode}, expected 200");
                continue;
            }
            if (!Refused(response)) failures.Add($"GET {url}: {(int)response.StatusCode} {response.Headers.Location}, expected 401/403/404 or a login redirect");
            foreach (var secret in new[] { data.Reference, data.MessageReference, MatrixCases.Secret, "matris.pdf" })
                if (body.Contains(secret, StringComparison.Ordinal)) failures.Add($"GET {url}: the response holds '{secret}'");
        }

        Assert.True(failures.Count == 0, $"{user}:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task The_owners_really_see_the_data_so_the_matrix_can_fail()
    {
        var a = await ClientAsync(ResidentA);
        var x = await ClientAsync(ReceiverX);

        Assert.Contains(data.Reference, await a.GetStringAsync($"/inkorg/{data.CaseId}"));
        Assert.Contains(data.Reference, await a.GetStringAsync($"/api/v1/cases/{data.CaseId}"));
        Assert.Contains(MatrixCases.Secret, await a.GetStringAsync($"/bilagor/{data.AttachmentId}"));
        Assert.Contains(data.Reference, await x.GetStringAsync($"/personal/arenden/{data.CaseId}"));
        Assert.Contains(data.Reference, await x.GetStringAsync($"/api/v1/staff/cases/{data.CaseId}"));
        Assert.Contains(MatrixCases.Secret, await x.GetStringAsync($"/personal/bilagor/{data.AttachmentId}"));
    }

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString is { } location
            && (location.StartsWith("/logga-in", StringComparison.Ordinal) || location.StartsWith("/personal/logga-in", StringComparison.Ordinal));

    private async Task<HttpClient> ClientAsync(string user) => user switch
    {
        Anonymous => data.Host.Browser(),
        ResidentA => (await new ResidentBrowser(data.Host, MatrixCases.ResidentA).LogInAsync()).Client,
        ResidentB => (await new ResidentBrowser(data.Host, MatrixCases.ResidentB).LogInAsync()).Client,
        ReceiverX => (await new StaffBrowser(data.Host, StaffPeople.Birgitta).LogInAsync()).Client,
        StaffY => (await new StaffBrowser(data.Host, StaffPeople.Peter).LogInAsync()).Client,
        Granskare => (await new StaffBrowser(data.Host, GranskningTests.Ingrid).LogInAsync()).Client,
        LokalAdmin => (await new StaffBrowser(data.Host, RoleAdministrationTests.Lars).LogInAsync()).Client,
        _ => throw new ArgumentOutOfRangeException(nameof(user)),
    };
}
