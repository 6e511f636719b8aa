using FormEngine.Host.Identity;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.HealthData;

/// <summary>Whether the journal may be shown, and if not, which explanation the page gives.</summary>
public enum JournalAccess
{
    Allowed,
    /// <summary>The resident reads their own record but is not yet 16.</summary>
    OwnAccessFrom16,
    /// <summary>An ombud reads a child who has turned 13 (the record is closed to guardians from then).</summary>
    ChildTurned13,
    /// <summary>No birth date can be read from the personnummer.</summary>
    Unknown,
}

/// <summary>
/// Journalen via nätet's age rules (Region Jönköpings län, as most regions): a resident reads their own record
/// from the 16th birthday; a guardian acting as ombud reads a child's record until the child's 13th birthday. From
/// 13 to 15 nobody reads it online (exceptions are decided by the clinic, not here). The age is taken from the
/// personnummer on today's date in Europe/Stockholm, so a birthday starts at Swedish midnight.
/// </summary>
public sealed class JournalAccessRule(TimeProvider time)
{
    public const int OwnAccessAge = 16;
    public const int OmbudAccessUntil = 13;

    /// <summary>May the record of <paramref name="recordPersonnummer"/> be shown, read by its owner or by an ombud?</summary>
    public JournalAccess Decide(string recordPersonnummer, bool readByOmbud)
    {
        var today = SwedishTime.Today(time);
        if (!Pnr.TryParse(recordPersonnummer, today, out var pnr)) return JournalAccess.Unknown;
        var age = pnr.AgeOn(today);
        if (readByOmbud) return age < OmbudAccessUntil ? JournalAccess.Allowed : JournalAccess.ChildTurned13;
        return age >= OwnAccessAge ? JournalAccess.Allowed : JournalAccess.OwnAccessFrom16;
    }

    /// <summary>The Swedish explanation for a refusal (null when allowed).</summary>
    public static string? Explanation(JournalAccess access) => access switch
    {
        JournalAccess.Allowed => null,
        JournalAccess.OwnAccessFrom16 =>
            "Du kan läsa din journal här från och med den dag du fyller 16 år. Mellan 13 och 16 år kan varken du eller "
            + "din vårdnadshavare läsa journalen via nätet, för att skydda din integritet. Vill du veta vad som står i "
            + "din journal kan du fråga din mottagning eller beställa en journalkopia.",
        JournalAccess.ChildTurned13 =>
            "Barnets journal kan inte läsas av vårdnadshavare efter att barnet har fyllt 13 år. Från 16 år kan barnet "
            + "själv läsa sin journal.",
        _ => "Journalen kan inte visas. Kontakta din mottagning om du vill veta vad som står i din journal.",
    };
}
