using System.Net;
using System.Net.Http.Headers;
using FormEngine.Host.Tests.Api;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Staff;

namespace FormEngine.Host.Tests.Operations;

/// <summary>What a plain <c>dotnet run --project host</c> (environment Development) gets from appsettings.Development.json.</summary>
public sealed class DevelopmentSettingsTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task Without_any_extra_setting_the_development_token_endpoint_gives_a_working_token()
    {
        var client = shared.Host.CreateClient();

        var issued = await ApiJson.ReadAsync(
            await ApiJson.PostAsync(client, "/api/v1/dev/token", new { personnummer = StaffPeople.Tolvan }), HttpStatusCode.OK);

        var api = shared.Host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued["accessToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/cases")).StatusCode);
    }
}
