using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Api;

/// <summary>A resident submits Förnya recept through the API: receipt, idempotent retry, Swedish errors, privacy.</summary>
public sealed class ResidentCaseApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_valid_submission_is_created_with_a_location_and_a_receipt_that_the_case_list_shows()
    {
        var resident = host.Resident(ApiHost.NewResident());
        var answers = await FornyaReceptAnswers.ValidForAsync(resident);

        var response = await ApiJson.PostAsync(resident, "/api/v1/cases", FornyaReceptAnswers.Submission(answers), ("Idempotency-Key", Guid.NewGuid().ToString()));

        var receipt = await ApiJson.ReadAsync(response, HttpStatusCode.Created);
        var caseId = receipt["caseId"]!.GetValue<string>();
        Assert.Matches("^FE-[2-9A-Z]{4}-[2-9A-Z]{4}$", receipt["reference"]!.GetValue<string>());
        Assert.Equal($"/api/v1/cases/{caseId}", response.Headers.Location?.OriginalString);
        var stored = await ApiJson.ReadAsync(await resident.GetAsync(response.Headers.Location), HttpStatusCode.OK);
        Assert.Equal(receipt["reference"]!.GetValue<string>(), stored["reference"]!.GetValue<string>());
        Assert.Equal("fornya-recept", stored["formKey"]!.GetValue<string>());
        Assert.Equal(answers["prescriptions"]!.ToJsonString(), stored["answers"]!["prescriptions"]!.ToJsonString());
        var list = await ApiJson.ReadAsync(await resident.GetAsync("/api/v1/cases"), HttpStatusCode.OK);
        Assert.Equal(caseId, Assert.Single(list.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_idempotency_key_again_returns_the_first_receipt_and_creates_no_second_case()
    {
        var personnummer = ApiHost.NewResident();
        var resident = host.Resident(personnummer);
        var body = FornyaReceptAnswers.Submission(await FornyaReceptAnswers.ValidForAsync(resident));
        var key = ("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await ApiJson.ReadAsync(await ApiJson.PostAsync(resident, "/api/v1/cases", body, key), HttpStatusCode.Created);
        var again = await ApiJson.ReadAsync(await ApiJson.PostAsync(resident, "/api/v1/cases", body, key), HttpStatusCode.OK);

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal(1, await host.QueryAsync(db => db.Cases.CountAsync(c => c.ResidentPersonnummer == personnummer)));
    }

    [Fact]
    public async Task Invalid_answers_get_422_with_swedish_messages_by_answer_path_and_nothing_is_stored()
    {
        var personnummer = ApiHost.NewResident();
        var resident = host.Resident(personnummer);
        var answers = await FornyaReceptAnswers.ValidForAsync(resident);
        answers["contact_method"] = "phone";
        answers["phone"] = "inte ett nummer";
        answers.Remove("terms_accepted");

        var response = await ApiJson.PostAsync(resident, "/api/v1/cases", FornyaReceptAnswers.Submission(answers), ("Idempotency-Key", Guid.NewGuid().ToString()));

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["phone", "terms_accepted"], errors.Select(e => e.Key).Order());
        Assert.Equal("Skriv ett telefonnummer, till exempel 070-123 45 67.", errors["phone"]![0]!.GetValue<string>());
        Assert.Equal("Du måste godkänna villkoren för att skicka.", errors["terms_accepted"]![0]!.GetValue<string>());
        Assert.Equal("format", problem["codes"]!["phone"]![0]!.GetValue<string>());
        Assert.Equal(0, await host.QueryAsync(db => db.Cases.CountAsync(c => c.ResidentPersonnummer == personnummer)));
    }

    [Fact]
    public async Task Another_residents_case_is_not_found_in_any_of_its_views()
    {
        var owner = host.Resident(ApiHost.NewResident());
        var receipt = await ApiJson.ReadAsync(await ApiJson.PostAsync(owner, "/api/v1/cases",
            FornyaReceptAnswers.Submission(await FornyaReceptAnswers.ValidForAsync(owner)), ("Idempotency-Key", Guid.NewGuid().ToString())), HttpStatusCode.Created);
        var caseId = receipt["caseId"]!.GetValue<string>();
        var other = host.Resident(ApiHost.NewResident());

        await ApiJson.ProblemAsync(await other.GetAsync($"/api/v1/cases/{caseId}"), HttpStatusCode.NotFound);
        await ApiJson.ProblemAsync(await other.GetAsync($"/api/v1/cases/{caseId}/messages"), HttpStatusCode.NotFound);
        Assert.Empty((await ApiJson.ReadAsync(await other.GetAsync("/api/v1/cases"), HttpStatusCode.OK)).AsArray());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gets_a_400_problem()
    {
        var resident = host.Resident(ApiHost.NewResident());
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases")
        {
            Content = new StringContent("{\"clinicKey\": \"vc-eksjo\", \"answers\": {", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var problem = await ApiJson.ProblemAsync(await resident.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("Begäran innehåller ogiltig JSON.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_submission_without_an_idempotency_key_is_refused()
    {
        var resident = host.Resident(ApiHost.NewResident());

        var response = await ApiJson.PostAsync(resident, "/api/v1/cases", FornyaReceptAnswers.Submission(await FornyaReceptAnswers.ValidForAsync(resident)));

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("Idempotency-Key", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Drafts_are_saved_read_and_deleted_only_by_their_owner()
    {
        var resident = host.Resident(ApiHost.NewResident());
        var draft = new { clinicKey = FornyaReceptAnswers.Clinic, formKey = FornyaReceptAnswers.Form, answers = new JsonObject { ["health_changed"] = false }, page = 1 };

        var created = await ApiJson.PostAsync(resident, "/api/v1/drafts", draft);
        var id = (await ApiJson.ReadAsync(created, HttpStatusCode.Created))["id"]!.GetValue<string>();
        var read = await ApiJson.ReadAsync(await resident.GetAsync($"/api/v1/drafts/{id}"), HttpStatusCode.OK);
        var other = host.Resident(ApiHost.NewResident());

        Assert.False(read["answers"]!["health_changed"]!.GetValue<bool>());
        await ApiJson.ProblemAsync(await other.GetAsync($"/api/v1/drafts/{id}"), HttpStatusCode.NotFound);
        await ApiJson.ProblemAsync(await other.DeleteAsync($"/api/v1/drafts/{id}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NoContent, (await resident.DeleteAsync($"/api/v1/drafts/{id}")).StatusCode);
        await ApiJson.ProblemAsync(await resident.GetAsync($"/api/v1/drafts/{id}"), HttpStatusCode.NotFound);
    }
    [Fact]
    public async Task A_draft_of_an_e_service_the_resident_is_too_young_for_is_refused_with_its_message()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var fourteen = host.Resident(FormEngine.Host.Demo.TestPersonnummer.Create(today.AddYears(-14).AddDays(-30), "913"));
        var adult = host.Resident(ApiHost.NewResident());
        var draft = new { clinicKey = FornyaReceptAnswers.Clinic, formKey = "bestall-journalkopia", answers = new JsonObject(), page = 0 };

        var refused = await ApiJson.ProblemAsync(await ApiJson.PostAsync(fourteen, "/api/v1/drafts", draft), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("16 år", refused["errors"]!["formKey"]![0]!.GetValue<string>());
        Assert.Empty((await ApiJson.ReadAsync(await fourteen.GetAsync("/api/v1/drafts"), HttpStatusCode.OK)).AsArray());
        await ApiJson.ReadAsync(await ApiJson.PostAsync(adult, "/api/v1/drafts", draft), HttpStatusCode.Created);
    }
}
