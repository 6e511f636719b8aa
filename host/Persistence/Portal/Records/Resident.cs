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
    /// <summary>Inställningar: notify on a new inbox message by e-mail (to <see cref="Email"/>).</summary>
    public bool NotifyByEmail { get; set; }
    /// <summary>Inställningar: notify on a new inbox message by SMS (to <see cref="Phone"/>, a mobile number).</summary>
    public bool NotifyBySms { get; set; }
    /// <summary>Inställningar: the resident prefers information digitally rather than by letter.</summary>
    public bool PrefersDigital { get; set; }
}

public enum AccountStatus
{
    NeverLoggedIn,
    Active,
    Locked,
    Deceased,
}
