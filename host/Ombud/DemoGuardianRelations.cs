using FormEngine.Host.Demo;
using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.Ombud;

/// <summary>The guardianships of Demo/residents.yaml (`guardian_of: [child ids]`), with the children's personnummer as seeded today.</summary>
public static class DemoGuardianRelations
{
    public static IReadOnlyList<GuardianRelation> From(ResidentsFile file, DateOnly today)
    {
        var byId = file.Residents.Where(r => r.Id is not null).ToDictionary(r => r.Id!, StringComparer.Ordinal);
        return [.. file.Residents.SelectMany(guardian => guardian.GuardianOf.Select(childId => new GuardianRelation
        {
            GuardianPersonnummer = DemoSeeder.PersonnummerOf(guardian, today),
            ChildPersonnummer = DemoSeeder.PersonnummerOf(byId.TryGetValue(childId, out var child)
                ? child
                : throw new InvalidDataException($"Demo resident '{guardian.Name}' is guardian_of '{childId}', which no entry has as id."), today),
        }))];
    }
}
