using Xunit.Abstractions;
using Xunit.Sdk;

namespace FormEngine.Host.Tests.Boot;

/// <summary>
/// A test of something only SQLite has (PRAGMA synchronous, the WAL file). It carries the trait
/// <c>Database=Sqlite</c>, which test.sh's PostgreSQL run filters out so the test is counted once; run by hand
/// on PostgreSQL it is skipped with the reason.
/// </summary>
[TraitDiscoverer("FormEngine.Host.Tests.Boot.SqliteTraitDiscoverer", "FormEngine.Host.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteFactAttribute : FactAttribute, ITraitAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgreSql) Skip = "SQLite only: this checks a SQLite setting the PostgreSQL run has no counterpart of.";
    }
}

public sealed class SqliteTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute) => [new("Database", "Sqlite")];
}
