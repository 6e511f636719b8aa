namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// A vårdnadshavare relation as the population register states it: <see cref="GuardianPersonnummer"/> is legal
/// guardian of <see cref="ChildPersonnummer"/>. Whether the guardian may act as ombud today is decided elsewhere
/// (the child's age, skyddad identitet); this row only says the relation exists. Seeded from the demo files.
/// </summary>
public sealed class GuardianRelation
{
    public required string GuardianPersonnummer { get; set; }
    public required string ChildPersonnummer { get; set; }
}
