using System.Net;

namespace FormEngine.Host.Tests.Api;

/// <summary>What a resident chooses from: clinics, their e-services, and an e-service's schema and lists.</summary>
public sealed class CatalogApiTests(ApiHost host) : IClassFixture<ApiHost>
{
    [Fact]
    public async Task A_clinic_search_finds_by_kommun_and_lists_what_the_clinic_offers()
    {
        var resident = host.Resident(ApiHost.NewResident());

        var found = await ApiJson.ReadAsync(await resident.GetAsync("/api/v1/clinics?q=eksjö"), HttpStatusCode.OK);
        var offered = await ApiJson.ReadAsync(await resident.GetAsync("/api/v1/clinics/vc-eksjo/eservices"), HttpStatusCode.OK);

        Assert.Contains(found.AsArray(), c => c!["key"]!.GetValue<string>() == "vc-eksjo");
        Assert.All(found.AsArray(), c => Assert.Equal("Eksjö", c!["municipality"]!.GetValue<string>()));
        Assert.Contains(offered.AsArray(), e => e!["key"]!.GetValue<string>() == "fornya-recept");
        await ApiJson.ProblemAsync(await resident.GetAsync("/api/v1/clinics/ingen-sadan/eservices"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_eservice_comes_with_its_json_schema_and_the_residents_own_list_choices()
    {
        var resident = host.Resident(ApiHost.NewResident());

        var eservice = await ApiJson.ReadAsync(await resident.GetAsync("/api/v1/eservices/fornya-recept"), HttpStatusCode.OK);
        var lists = await ApiJson.ReadAsync(await resident.GetAsync("/api/v1/clinics/vc-eksjo/eservices/fornya-recept/lists"), HttpStatusCode.OK);

        var current = host.Service<FormEngine.Host.Definitions.DefinitionLibrary>().Current("fornya-recept")!;
        Assert.Equal(current.Version, eservice["version"]!.GetValue<int>());
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", eservice["schema"]!["$schema"]!.GetValue<string>());
        Assert.NotNull(eservice["schema"]!["properties"]!["prescriptions"]);
        Assert.Equal(["clinic_prescriptions"], eservice["externalLists"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.NotEmpty(lists["clinic_prescriptions"]!.AsArray());
        await ApiJson.ProblemAsync(await resident.GetAsync("/api/v1/eservices/meddelande-till-invanare"), HttpStatusCode.NotFound);
    }
}
