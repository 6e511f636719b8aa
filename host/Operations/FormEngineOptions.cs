namespace FormEngine.Host.Operations;

/// <summary>The configuration section "FormEngine": database, where definitions live, the test identity, the workflow dispatcher, web security.</summary>
public sealed class FormEngineOptions
{
    public const string Section = "FormEngine";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>The definitions folder; relative paths are from the content root. Default: the repository's <c>definitions/</c>.</summary>
    public string? DefinitionsPath { get; set; }

    public TestIdentityOptions TestIdentity { get; set; } = new();

    /// <summary>Real identity providers (OpenID Connect); when one is configured the test identity is off.</summary>
    public Identity.OpenIdConnect.PortalIdentityOptions Identity { get; set; } = new();

    /// <summary>Where the demo residents and staff are read from; default <c>Demo/</c> beside the app.</summary>
    public DemoOptions Demo { get; set; } = new();

    public WorkflowOptions Workflows { get; set; } = new();

    /// <summary>Idle session timeout and login rate limit.</summary>
    public Security.SecurityOptions Security { get; set; } = new();
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Default for SQLite: <c>Data Source=&lt;content root&gt;/data/formengine.db</c>. Required for PostgreSQL.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class TestIdentityOptions
{
    /// <summary>The test login pages (a stand-in for BankID/Freja/Telia and SITHS). Never on in production.</summary>
    public bool Enabled { get; set; }
}

public sealed class DemoOptions
{
    /// <summary>Seed demo residents and staff into an empty database.</summary>
    public bool Seed { get; set; } = true;
}

public sealed class WorkflowOptions
{
    /// <summary>
    /// Whether this host starts the workflows of the case outbox; off for a host that only takes intake (the rows
    /// wait for a host that has it on).
    /// </summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How many cases the dispatcher starts at once, so that the workflow store's group commit can batch them.</summary>
    public int StartConcurrency { get; set; } = 16;
}
