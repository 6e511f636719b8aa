using Npgsql;

namespace FormEngine.Host.Tests.Boot;

/// <summary>The PostgreSQL run must really run on PostgreSQL, and leave no databases behind on the server.</summary>
public sealed class TestDatabaseTests
{
    [Fact]
    public async Task A_host_runs_on_the_chosen_database_which_goes_with_its_folder()
    {
        string connectionString;
        using (var folder = new TempFolder())
        {
            using var host = new BootHost(folder.File("app.db"));
            var provider = await host.QueryAsync(db => Task.FromResult(db.Database.ProviderName));
            connectionString = TestDatabase.ConnectionString(folder.File("app.db"));

            Assert.Equal(TestDatabase.IsPostgreSql ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", provider);
            Assert.True(await ExistsAsync(connectionString));
            Assert.Equal(connectionString, TestDatabase.ConnectionString(folder.File("app.db"))); // a restart finds it again
        }
        Assert.False(await ExistsAsync(connectionString));
    }

    private static async Task<bool> ExistsAsync(string connectionString)
    {
        if (!TestDatabase.IsPostgreSql) return File.Exists(connectionString["Data Source=".Length..]);
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var server = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestDatabase.ServerVariable));
        await server.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", server);
        command.Parameters.AddWithValue("name", name!);
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }
}
