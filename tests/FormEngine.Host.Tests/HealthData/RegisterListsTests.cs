using System.Net;
using System.Text.Json.Nodes;
using FormEngine.Host.Tests.Api;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.HealthData;

/// <summary>
/// Förnya recept offers only the prescriptions written at the clinic, Förnya hjälpmedel only the aids with deliveries
/// left whose tidsspärr has passed, both from the registers; the intake refuses anything else.
/// </summary>
public sealed class RegisterListsTests(ApiHost host) : IClassFixture<ApiHost>
{
    private const string Tolvan = "191212121212";

    private async Task<List<(string Code, string Label)>> ListAsync(HttpClient resident, string clinic, string form, string list)
    {
        var lists = await ApiJson.ReadAsync(await resident.GetAsync($"/api/v1/clinics/{clinic}/eservices/{form}/lists"), HttpStatusCode.OK);
        return [.. lists[list]!.AsArray().Select(c => (c!["code"]!.GetValue<string>(), c["label"]!.ToJsonString()))];
    }

    private Task<List<PrescriptionRecord>> PrescriptionsAsync(string clinic) =>
        host.QueryAsync(db => db.Prescriptions.AsNoTracking().Where(p => p.ResidentPersonnummer == Tolvan && p.PrescribingClinicKey == clinic).ToListAsync());

    [Fact]
    public async Task Fornya_recept_offers_exactly_the_prescriptions_written_at_that_clinic()
    {
        var tolvan = host.Resident(Tolvan);
        foreach (var clinic in new[] { "vc-eksjo", "vc-tranas" })
        {
            var expected = (await PrescriptionsAsync(clinic)).Select(p => p.Id).Order().ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, (await ListAsync(tolvan, clinic, "fornya-recept", "clinic_prescriptions")).Select(c => c.Code).Order());
        }
        Assert.Empty(await ListAsync(tolvan, "vc-huskvarna", "fornya-recept", "clinic_prescriptions"));
    }

    [Fact]
    public async Task A_prescription_from_another_clinic_is_refused_by_the_intake()
    {
        var tolvan = host.Resident(Tolvan);
        var answers = await FornyaReceptAnswers.ValidForAsync(tolvan);
        var tranas = Assert.Single(await PrescriptionsAsync("vc-tranas"));
        answers["prescriptions"] = new JsonArray(JsonValue.Create(tranas.Id));

        var response = await ApiJson.PostAsync(tolvan, "/api/v1/cases", FornyaReceptAnswers.Submission(answers), ("Idempotency-Key", Guid.NewGuid().ToString()));

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("prescriptions", problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Fornya_hjalpmedel_offers_only_aids_with_deliveries_left_whose_interval_has_passed()
    {
        var offered = await ListAsync(host.Resident(Tolvan), "vc-eksjo", "fornya-hjalpmedel", "resident_aids");
        var label = Assert.Single(offered).Label;
        Assert.Contains("TENA Slip Maxi, storlek M (4 leveranser kvar)", label);
    }

    [Fact]
    public async Task An_aid_in_its_waiting_period_is_refused_by_the_intake_and_an_offered_one_is_accepted()
    {
        var tolvan = host.Resident(Tolvan);
        var aids = await host.QueryAsync(db => db.AidEntitlements.AsNoTracking().Where(a => a.ResidentPersonnummer == Tolvan).ToListAsync());
        var waiting = aids.Single(a => a.Product.StartsWith("TENA Pants", StringComparison.Ordinal));
        var orderable = aids.Single(a => a.Product.StartsWith("TENA Slip", StringComparison.Ordinal));

        var refused = await SubmitAidAsync(tolvan, waiting.Id);
        var problem = await ApiJson.ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["items[0].product"], problem["errors"]!.AsObject().Select(e => e.Key));

        await ApiJson.ReadAsync(await SubmitAidAsync(tolvan, orderable.Id), HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_resident_the_registers_do_not_know_gets_the_demo_prescriptions_only_at_their_clinics()
    {
        var stranger = host.Resident(ApiHost.NewResident());
        Assert.Equal(3, (await ListAsync(stranger, "vc-eksjo", "fornya-recept", "clinic_prescriptions")).Count);
        Assert.Single(await ListAsync(stranger, "vc-huskvarna", "fornya-recept", "clinic_prescriptions"));
        Assert.Empty(await ListAsync(stranger, "vc-tranas", "fornya-recept", "clinic_prescriptions"));
    }

    private static Task<HttpResponseMessage> SubmitAidAsync(HttpClient resident, string aidId)
    {
        var answers = new JsonObject
        {
            ["aid_category"] = "incontinence",
            ["items"] = new JsonArray(new JsonObject { ["product"] = aidId, ["daily_usage"] = 3, ["packages"] = 4 }),
            ["recipient"] = new JsonObject { ["name"] = "Tolvan Tolvansson", ["phone"] = "070-123 45 67" },
            ["address"] = new JsonObject { ["street"] = "Storgatan 1", ["postal_code"] = "575 31", ["city"] = "Eksjö" },
            ["terms_accepted"] = true,
        };
        return ApiJson.PostAsync(resident, "/api/v1/cases", new { clinicKey = "vc-eksjo", formKey = "fornya-hjalpmedel", formVersion = 2, answers },
            ("Idempotency-Key", Guid.NewGuid().ToString()));
    }
}
