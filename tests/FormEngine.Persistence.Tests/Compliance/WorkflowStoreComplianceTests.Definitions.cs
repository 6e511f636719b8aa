using FormEngine.Workflows.Persistence;

namespace FormEngine.Persistence.Tests.Compliance;

public abstract partial class WorkflowStoreComplianceTests
{
    private static StoredDefinition Definition(string id, int version, string json) =>
        new(id, version, json, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json))), T0.AddDays(version));

    [StoreFact]
    public async Task Saving_the_same_definition_again_changes_nothing()
    {
        var first = Definition("begar-intyg", 1, """{"name":"Begär intyg"}""");
        await Store.SaveDefinitionAsync(first);
        await Store.SaveDefinitionAsync(first with { PublishedAt = T0.AddYears(1) });

        var stored = await Store.FindDefinitionAsync("begar-intyg", 1);
        Assert.NotNull(stored);
        Assert.Equal(first.Json, stored.Json);
        Assert.Equal(first.ContentHash, stored.ContentHash);
        Assert.Equal(first.PublishedAt, stored.PublishedAt);
    }

    [StoreFact]
    public async Task Published_versions_stay_pinned_and_latest_is_the_highest()
    {
        await Store.SaveDefinitionAsync(Definition("fornya-recept", 1, """{"v":1}"""));
        await Store.SaveDefinitionAsync(Definition("fornya-recept", 3, """{"v":3}"""));
        await Store.SaveDefinitionAsync(Definition("fornya-recept", 2, """{"v":2}"""));
        await Store.SaveDefinitionAsync(Definition("annat", 9, """{"v":9}"""));

        Assert.Equal("""{"v":1}""", (await Store.FindDefinitionAsync("fornya-recept", 1))?.Json);
        Assert.Equal("""{"v":2}""", (await Store.FindDefinitionAsync("fornya-recept", 2))?.Json);
        Assert.Equal(3, (await Store.FindLatestDefinitionAsync("fornya-recept"))?.Version);
        Assert.Null(await Store.FindDefinitionAsync("fornya-recept", 4));
        Assert.Null(await Store.FindLatestDefinitionAsync("saknas"));
    }

    [StoreFact]
    public async Task Other_content_under_a_published_version_is_refused_and_the_published_one_stays()
    {
        var published = Definition("begar-intyg", 1, """{"name":"Begär intyg"}""");
        await Store.SaveDefinitionAsync(published);

        await Assert.ThrowsAnyAsync<InvalidOperationException>(
            () => Store.SaveDefinitionAsync(Definition("begar-intyg", 1, """{"name":"Ändrad"}""")));

        Assert.Equal(published.Json, (await Store.FindDefinitionAsync("begar-intyg", 1))?.Json);
    }
}
