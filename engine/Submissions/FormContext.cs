using FormEngine.Definitions;

namespace FormEngine.Submissions;

/// <summary>
/// What the form is filled in with, besides the answers: who is logged in, which clinic it goes to, the
/// external choice lists (the clinic's offer, the resident's prescriptions) and today's Swedish date.
/// </summary>
public sealed record FormContext
{
    public required DateOnly Today { get; init; }
    public ResidentInfo? Resident { get; init; }
    public ClinicInfo? Clinic { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>> Lists { get; init; } =
        new Dictionary<string, IReadOnlyList<ExternalChoice>>();

    public IReadOnlyList<ExternalChoice> List(string name) => Lists.TryGetValue(name, out var list) ? list : [];

    /// <summary>Today in Europe/Stockholm, which is what Swedish deadlines and ages count from.</summary>
    public static DateOnly SwedishToday(TimeProvider clock)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}

public sealed record ResidentInfo(string Personnummer, string? Name = null, string? Email = null, string? Phone = null);

public sealed record ClinicInfo(string Key, string Name);

/// <summary>A choice supplied from outside the definition, with a stable code and its label.</summary>
public sealed record ExternalChoice(string Code, LocalizedText Label);
