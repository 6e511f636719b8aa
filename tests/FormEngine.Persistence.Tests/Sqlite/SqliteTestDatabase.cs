using FormEngine.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FormEngine.Persistence.Tests.Sqlite;

/// <summary>A migrated SQLite file in its own temporary folder, deleted afterwards; configured exactly as the host does.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "formengine-store-tests", Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase()
    {
        Directory.CreateDirectory(folder);
        using var db = new WorkflowDbContext(SqliteWorkflowStore.Options(ConnectionString));
        db.Database.Migrate();
    }

    public string FilePath => Path.Combine(folder, "workflows.db");

    public string ConnectionString => $"Data Source={FilePath}";

    /// <summary>A context factory of its own, as a separate runtime process would have.</summary>
    public IDbContextFactory<WorkflowDbContext> NewContextFactory() =>
        new PooledDbContextFactory<WorkflowDbContext>(SqliteWorkflowStore.Options(ConnectionString));

    public EfWorkflowStore NewStore() => new(NewContextFactory());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* a leftover temp file is harmless */ }
    }
}
