using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Staff account management for residents (a lokal administratör's task): look an account up, lock or unlock it,
/// or inactivate it for a deceased person. Every lookup of an existing resident is a read and every change a
/// change in the access log; a change and its entry commit together. Locking only stops staff from sending
/// (<see cref="ResidentDialogues"/>); an inactivated account cannot log in (<see cref="Identity.ResidentSignIn"/>).
/// </summary>
public sealed class ResidentAccounts(IDbContextFactory<PortalDbContext> contexts, AccessLog accessLog)
{
    public const string Looked = "invånarkonto: status";

    public async Task<ResidentAccount?> LookUpAsync(string staffHsaId, string clinicKey, string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Personnummer == personnummer, cancellationToken);
        if (resident is null) return null;
        db.AccessLog.Add(accessLog.Entry(staffHsaId, personnummer, clinicKey, AccessLog.Read, Looked));
        await db.SaveChangesAsync(cancellationToken);
        return Account(resident);
    }

    public async Task<AccountChangeResult> ChangeAsync(string staffHsaId, string clinicKey, string personnummer, AccountChange change,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.FirstOrDefaultAsync(r => r.Personnummer == personnummer, cancellationToken);
        if (resident is null) return new AccountChangeResult(null, ResidentDialogues.Unknown);
        var (next, refusal) = (change, resident.AccountStatus) switch
        {
            (_, AccountStatus.Deceased) => (resident.AccountStatus, "Kontot är inaktiverat eftersom invånaren är avliden och kan inte ändras."),
            (AccountChange.Lock, AccountStatus.Locked) => (resident.AccountStatus, "Kontot är redan låst."),
            (AccountChange.Lock, _) => (AccountStatus.Locked, null),
            (AccountChange.Unlock, AccountStatus.Locked) =>
                (resident.ActivatedAt is null ? AccountStatus.NeverLoggedIn : AccountStatus.Active, (string?)null),
            (AccountChange.Unlock, _) => (resident.AccountStatus, "Kontot är inte låst."),
            (AccountChange.MarkDeceased, _) => (AccountStatus.Deceased, null),
            _ => (resident.AccountStatus, "Okänd ändring."),
        };
        if (refusal is not null) return new AccountChangeResult(Account(resident), refusal);
        var before = resident.AccountStatus;
        resident.AccountStatus = next;
        db.AccessLog.Add(accessLog.Entry(staffHsaId, personnummer, clinicKey, AccessLog.Change,
            $"invånarkonto: {StatusText(before)} → {StatusText(next)}"));
        await db.SaveChangesAsync(cancellationToken);
        return new AccountChangeResult(Account(resident), null);
    }

    public static string StatusText(AccountStatus status) => status switch
    {
        AccountStatus.NeverLoggedIn => "Aldrig inloggad",
        AccountStatus.Active => "Aktiv",
        AccountStatus.Locked => "Låst",
        AccountStatus.Deceased => "Avliden",
        _ => status.ToString(),
    };

    private static ResidentAccount Account(Resident r) => new(r.Personnummer, r.Name, r.AccountStatus, r.ProtectedIdentity, r.LastLoginAt);
}

public enum AccountChange
{
    Lock,
    Unlock,
    /// <summary>Inactivates the account for good: the application offers no way back.</summary>
    MarkDeceased,
}

public sealed record ResidentAccount(string Personnummer, string Name, AccountStatus Status, bool ProtectedIdentity, DateTimeOffset? LastLoginAt);

/// <summary>The account after the attempt, and the Swedish reason when nothing changed.</summary>
public sealed record AccountChangeResult(ResidentAccount? Account, string? Refusal);
