using System.Net;
using FormEngine.Host.Tests.Residents;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Api;

/// <summary>Staff work a case through the API with the same rules as the pages: roles, access log, one winner.</summary>
public sealed class StaffCaseApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Birgitta = "SE2321000065-P00000000001"; // ärendemottagare and ärendehanterare at vc-eksjo
    private const string Karin = "SE2321000065-P00000000003";    // ärendehanterare at vc-eksjo
    private const string Peter = "SE2321000065-P00000000005";    // hudmottagningen-ryhov only

    [Fact]
    public async Task Of_two_decisions_on_the_same_revision_one_wins_and_the_other_gets_409()
    {
        var caseId = await RoutedCaseAsync();
        var birgitta = host.Staff(Birgitta);
        var karin = host.Staff(Karin);
        var revision = await RevisionAsync(birgitta, caseId);
        var distributed = await PostAsync(birgitta, $"/api/v1/staff/cases/{caseId}/distribute", new { target = $"handler:{Karin}" }, revision);
        Assert.Equal(HttpStatusCode.OK, distributed.StatusCode);
        revision = await RevisionAsync(karin, caseId);

        var first = await PostAsync(karin, $"/api/v1/staff/cases/{caseId}/decisions", new { decision = "Answered", message = "Receptet är förnyat." }, revision);
        var second = await PostAsync(birgitta, $"/api/v1/staff/cases/{caseId}/decisions", new { decision = "Close" }, revision);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var problem = await ApiJson.ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal("Ärendet har ändrats", problem["title"]!.GetValue<string>());
        var events = await host.QueryAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId && e.Kind == "Decision").Select(e => e.Detail).ToListAsync());
        Assert.Equal("Answered", Assert.Single(events));
    }

    [Fact]
    public async Task An_action_without_if_match_is_refused_with_428()
    {
        var caseId = await RoutedCaseAsync();

        var response = await ApiJson.PostAsync(host.Staff(Birgitta), $"/api/v1/staff/cases/{caseId}/distribute", new { target = $"handler:{Karin}" });

        await ApiJson.ProblemAsync(response, HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Reading_a_case_writes_the_access_log_and_staff_of_another_clinic_do_not_find_it()
    {
        var caseId = await RoutedCaseAsync();
        var resident = await host.QueryAsync(db => db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.ResidentPersonnummer).SingleAsync());

        var read = await host.Staff(Birgitta).GetAsync($"/api/v1/staff/cases/{caseId}");
        var refused = await host.Staff(Peter).GetAsync($"/api/v1/staff/cases/{caseId}");

        var body = await ApiJson.ReadAsync(read, HttpStatusCode.OK);
        Assert.NotEmpty(body["submissions"]![0]!["summary"]!.AsArray());
        await ApiJson.ProblemAsync(refused, HttpStatusCode.NotFound);
        var log = await host.QueryAsync(db => db.AccessLog.AsNoTracking().Where(e => e.ResidentPersonnummer == resident).ToListAsync());
        var entry = Assert.Single(log);
        Assert.Equal((Birgitta, "vc-eksjo", "read"), (entry.StaffHsaId, entry.ClinicKey, entry.Action));
        await ApiJson.ProblemAsync(await host.Staff(Peter).GetAsync("/api/v1/clinics/vc-eksjo/inbox"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_question_from_staff_is_answered_by_the_resident_through_the_api()
    {
        var personnummer = ApiHost.NewResident();
        var caseId = await RoutedCaseAsync(personnummer);
        var birgitta = host.Staff(Birgitta);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(birgitta, $"/api/v1/staff/cases/{caseId}/distribute",
            new { target = $"handler:{Birgitta}" }, await RevisionAsync(birgitta, caseId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(birgitta, $"/api/v1/staff/cases/{caseId}/decisions",
            new { decision = "AskResident", message = "Hur länge har du tagit medicinen?" }, await RevisionAsync(birgitta, caseId))).StatusCode);
        var resident = host.Resident(personnummer);
        var messages = await Eventually.Async(
            async () => (await ApiJson.ReadAsync(await resident.GetAsync($"/api/v1/cases/{caseId}/messages"), HttpStatusCode.OK)).AsArray(),
            m => m.Any(x => x!["canReply"]!.GetValue<bool>()));
        var question = messages.Single(m => m!["canReply"]!.GetValue<bool>())!["id"]!.GetValue<string>();
        var url = $"/api/v1/cases/{caseId}/messages/{question}/reply";

        Assert.Equal(HttpStatusCode.NoContent, (await ApiJson.PostAsync(resident, url, new { text = "I två år." })).StatusCode);
        await ApiJson.ProblemAsync(await ApiJson.PostAsync(resident, url, new { text = "I två år." }), HttpStatusCode.Conflict);
        Assert.Equal(1, await host.QueryAsync(db => db.Messages.CountAsync(m => m.CaseId == caseId && m.Kind == "reply")));
    }

    /// <summary>A new Förnya recept case, once its workflow has routed it to vc-eksjo's queue.</summary>
    private async Task<string> RoutedCaseAsync(string? personnummer = null)
    {
        var resident = host.Resident(personnummer ?? ApiHost.NewResident());
        var receipt = await ApiJson.ReadAsync(await ApiJson.PostAsync(resident, "/api/v1/cases",
            FornyaReceptAnswers.Submission(await FornyaReceptAnswers.ValidForAsync(resident)), ("Idempotency-Key", Guid.NewGuid().ToString())), HttpStatusCode.Created);
        var caseId = receipt["caseId"]!.GetValue<string>();
        var staff = host.Staff(Birgitta);
        await Eventually.Async(
            async () => (await ApiJson.ReadAsync(await staff.GetAsync("/api/v1/clinics/vc-eksjo/inbox"), HttpStatusCode.OK)).AsArray(),
            inbox => inbox.Any(c => c!["id"]!.GetValue<string>() == caseId));
        return caseId;
    }

    private static async Task<string> RevisionAsync(HttpClient staff, string caseId)
    {
        var response = await staff.GetAsync($"/api/v1/staff/cases/{caseId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient staff, string url, object body, string revision) =>
        ApiJson.PostAsync(staff, url, body, ("If-Match", revision));
}
