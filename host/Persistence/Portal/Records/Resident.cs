namespace FormEngine.Persistence.Portal.Records;

/// <summary>A resident (invånare), keyed by the 12-digit personnummer. The account status is data from the start.</summary>
public sealed class Resident
{
    public required string Personnummer { get; set; }
    public required string Name { get; set; }
    public AccountStatus AccountStatus { get; set; } = AccountStatus.NeverLoggedIn;
    /// <summary>Skyddad identitet: marked for staff, never passed to external services, no ombud.</summary>
    public bool ProtectedIdentity { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public required string RegionKey { get; set; }
    /// <summary>The first login, which activated the inbox.</summary>
    public DateTimeOffset? ActivatedAt { get; set; }
    public DateTimeOffset? LastLoginAt { get; set; }
}

public enum AccountStatus
{
    NeverLoggedIn,
    Active,
    Locked,
    Deceased,
}
