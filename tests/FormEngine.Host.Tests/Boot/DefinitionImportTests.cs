using FormEngine.Definitions;
using FormEngine.Forms.Compilation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FormEngine.Host.Tests.Boot;

public sealed class DefinitionImportTests
{
    [Fact]
    public async Task Every_form_in_definitions_is_imported_into_the_database_and_offered()
    {
        using var folder = new TempFolder();
        using var host = new BootHost(folder.File("app.db"));
        _ = host.Server;

        var rows = await host.QueryAsync(db => db.FormVersions.AsNoTracking().ToListAsync());

        var recept = Assert.Single(rows, r => r.Key == "fornya-recept");
        Assert.Equal("eservices/fornya-recept/form.yaml", recept.SourceFile);
        Assert.Equal(FormCompiler.ContentHash(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Definitions, recept.SourceFile))), recept.ContentHash);
        Assert.Equal(recept.Version, host.Definitions.Current("fornya-recept")?.Version);
        Assert.Contains(host.Definitions.Templates, t => t.Key == "meddelande-till-invanare" && t.Definition.Flow == FlowType.StaffInitiated);
        Assert.DoesNotContain(host.Definitions.Templates, t => t.Definition.Flow != FlowType.StaffInitiated);
        Assert.NotNull(host.Definitions.Workflow("standard-case"));
        Assert.NotNull(host.Definitions.Catalog.FindClinic("vc-eksjo"));
    }

    [Fact]
    public async Task A_broken_form_is_logged_with_file_line_and_code_and_not_offered_while_the_others_are()
    {
        using var folder = new TempFolder();
        var definitions = RepositoryPaths.CopyDefinitions(folder.File("definitions"));
        var broken = Path.Combine(definitions, "eservices", "begar-intyg", "form.yaml");
        await File.AppendAllTextAsync(broken, "\nnot_a_property: true\n");
        using var host = new BootHost(folder.File("app.db"), definitions);
        _ = host.Server;

        Assert.Null(host.Definitions.Current("begar-intyg"));
        Assert.NotNull(host.Definitions.Current("fornya-recept"));
        var problem = Assert.Single(host.Definitions.Problems, p => p.IsError && p.Code.Id == "FE1002");
        Assert.Equal(broken, problem.Span.File);
        Assert.True(problem.Span.Line > 1);
        Assert.Contains(host.Messages(LogLevel.Error), m => m.StartsWith($"{broken}({problem.Span.Line},{problem.Span.Column}): error FE1002:", StringComparison.Ordinal));
        Assert.False(await host.QueryAsync(db => db.FormVersions.AnyAsync(r => r.Key == "begar-intyg")));
        var home = await host.CreateClient().GetAsync("/health/ready");
        Assert.True(home.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_form_naming_an_unknown_workflow_is_not_offered()
    {
        using var folder = new TempFolder();
        var definitions = RepositoryPaths.CopyDefinitions(folder.File("definitions"));
        File.Delete(Path.Combine(definitions, "workflows", "standard-case.json"));
        using var host = new BootHost(folder.File("app.db"), definitions);
        _ = host.Server;

        Assert.Null(host.Definitions.Workflow("standard-case"));
        Assert.Null(host.Definitions.Current("fornya-recept"));
        Assert.Contains(host.Definitions.Problems, p => p.Code.Id == "FE2014" && p.Span.File.EndsWith("fornya-recept/form.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_file_moves_on_to_a_new_version_the_old_version_stays_available_from_the_database()
    {
        using var folder = new TempFolder();
        var definitions = RepositoryPaths.CopyDefinitions(folder.File("definitions"));
        var database = folder.File("app.db");
        var file = Path.Combine(definitions, "eservices", "fornya-recept", "form.yaml");
        int first;
        string firstHash;
        using (var before = new BootHost(database, definitions))
        {
            first = before.Definitions.Current("fornya-recept")!.Version;
            firstHash = before.Definitions.Current("fornya-recept")!.ContentHash;
        }

        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, RaiseVersion(text, first) + "\n# A comment changes the content.\n");
        using var after = new BootHost(database, definitions);
        _ = after.Server;

        Assert.Equal(first + 1, after.Definitions.Current("fornya-recept")?.Version);
        Assert.Equal(firstHash, after.Definitions.Form("fornya-recept", first)?.ContentHash);
        Assert.NotNull(after.Definitions.Form("fornya-recept", first + 1));
        Assert.Equal(2, await after.QueryAsync(db => db.FormVersions.CountAsync(r => r.Key == "fornya-recept")));
    }

    [Fact]
    public async Task Changed_content_under_a_stored_version_is_an_error_and_the_stored_content_is_kept()
    {
        using var folder = new TempFolder();
        var definitions = RepositoryPaths.CopyDefinitions(folder.File("definitions"));
        File.Delete(Path.Combine(definitions, "published.yaml")); // else the file itself fails FE1050 before the database is asked
        var database = folder.File("app.db");
        var file = Path.Combine(definitions, "eservices", "fornya-recept", "form.yaml");
        string storedHash;
        using (var before = new BootHost(database, definitions)) storedHash = before.Definitions.Current("fornya-recept")!.ContentHash;

        await File.AppendAllTextAsync(file, "\n# Edited without raising the version.\n");
        using var after = new BootHost(database, definitions);
        _ = after.Server;

        Assert.Equal(storedHash, after.Definitions.Current("fornya-recept")?.ContentHash);
        Assert.Contains(after.Definitions.Problems, p => p.IsError && p.Code.Id == "FE1050" && p.Span.File == file);
        Assert.Equal(storedHash, await after.QueryAsync(db => db.FormVersions.Where(r => r.Key == "fornya-recept").Select(r => r.ContentHash).SingleAsync()));
    }

    private static string RaiseVersion(string yaml, int version)
    {
        var line = $"version: {version}";
        Assert.Contains(line, yaml);
        var at = yaml.IndexOf(line, StringComparison.Ordinal);
        return string.Concat(yaml.AsSpan(0, at), $"version: {version + 1}", yaml.AsSpan(at + line.Length));
    }
}
