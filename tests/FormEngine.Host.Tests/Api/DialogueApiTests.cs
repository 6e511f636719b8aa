using System.Net;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Residents;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Api;

/// <summary>Invånarärenden through the API: sent once per idempotency key, refused to locked accounts.</summary>
public sealed class DialogueApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Birgitta = "SE2321000065-P00000000001";

    [Fact]
    public async Task A_message_from_a_template_reaches_the_residents_inbox_once_however_often_it_is_posted()
    {
        var personnummer = ApiHost.NewResident();
        var resident = host.Resident(personnummer);
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/api/v1/cases")).StatusCode); // first login: the inbox exists
        var staff = host.Staff(Birgitta);
        var body = new { clinicKey = "vc-eksjo", templateKey = "meddelande-till-invanare", personnummer, text = "Välkommen på återbesök." };
        var key = ("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await ApiJson.PostAsync(staff, "/api/v1/staff/dialogues", body, key);
        var again = await ApiJson.PostAsync(staff, "/api/v1/staff/dialogues", body, key);

        var receipt = await ApiJson.ReadAsync(first, HttpStatusCode.Created);
        Assert.Equal(receipt.ToJsonString(), (await ApiJson.ReadAsync(again, HttpStatusCode.OK)).ToJsonString());
        Assert.Equal(1, await host.QueryAsync(db => db.Cases.CountAsync(c => c.ResidentPersonnummer == personnummer)));
        var caseId = receipt["caseId"]!.GetValue<string>();
        var messages = await Eventually.Async(
            async () => (await ApiJson.ReadAsync(await resident.GetAsync($"/api/v1/cases/{caseId}/messages"), HttpStatusCode.OK)).AsArray(),
            m => m.Count > 0);
        Assert.StartsWith("Välkommen på återbesök.", messages[0]!["text"]!.GetValue<string>());
        Assert.Contains("Birgitta Mottagare", messages[0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_locked_account_is_refused_with_the_reason_on_the_personnummer()
    {
        var body = new { clinicKey = "vc-eksjo", templateKey = "meddelande-till-invanare", personnummer = "197803142384" };

        var response = await ApiJson.PostAsync(host.Staff(Birgitta), "/api/v1/staff/dialogues", body, ("Idempotency-Key", Guid.NewGuid().ToString()));

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(ResidentDialogues.Locked, problem["errors"]!["personnummer"]![0]!.GetValue<string>());
    }
}
