using FormEngine.Diagnostics;
using FormEngine.Submissions;

namespace FormEngine.Catalog;

/// <summary>
/// A mottagning (one HSA vårdenhet): where it is, which queues its cases go to, which e-services it offers and
/// the standard replies its staff use. A loaded clinic always has at least one queue; the first is the default.
/// </summary>
public sealed record Clinic
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public required ClinicKind Kind { get; init; }
    public required string HsaId { get; init; }
    /// <summary>The kommun the clinic is in.</summary>
    public required string Municipality { get; init; }
    public string? Address { get; init; }
    public string? Phone { get; init; }
    /// <summary>The region the clinic belongs to (its file's region key).</summary>
    public required string RegionKey { get; init; }
    public required IReadOnlyList<ClinicQueue> Queues { get; init; }
    public IReadOnlyList<ClinicOffer> Offers { get; init; } = [];
    public IReadOnlyList<StandardReply> StandardReplies { get; init; } = [];
    /// <summary>Service area by age, in whole years; null for no limit.</summary>
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public SourceSpan Span { get; init; }

    private readonly ClinicBooking? _booking;

    /// <summary>Direct booking and the cancellation deadline; without a <c>booking:</c> block the kind's defaults.</summary>
    public ClinicBooking Booking { get => _booking ?? ClinicBooking.DefaultFor(Kind); init => _booking = value; }

    public ClinicQueue DefaultQueue => Queues[0];

    public ClinicQueue? FindQueue(string key) => Queues.FirstOrDefault(q => q.Key == key);

    public ClinicOffer? FindOffer(string eservice) => Offers.FirstOrDefault(o => o.EService == eservice);

    public bool IsOffering(string eservice) => FindOffer(eservice) is not null;

    /// <summary>Whether the clinic offers <paramref name="eservice"/> to this resident (an offer may be for named residents only).</summary>
    public bool IsOffering(string eservice, string personnummer) => FindOffer(eservice)?.IsOfferedTo(personnummer) == true;

    public StandardReply? FindStandardReply(string key) => StandardReplies.FirstOrDefault(r => r.Key == key);

    /// <summary>The queue a case of <paramref name="eservice"/> is routed to; null when the clinic does not offer it.</summary>
    public ClinicQueue? QueueFor(string eservice) =>
        FindOffer(eservice) is { } offer ? (offer.Queue is { } key ? FindQueue(key) : null) ?? DefaultQueue : null;

    /// <summary>Whether a resident of <paramref name="age"/> is within the clinic's service area.</summary>
    public bool Serves(int age) => (MinAge is not { } min || age >= min) && (MaxAge is not { } max || age <= max);

    /// <summary>The clinic as the form engine sees it (<c>$clinic.key</c>, <c>$clinic.name</c>).</summary>
    public ClinicInfo Info => new(Key, Name);

    /// <summary>The clinic's external lists for <paramref name="eservice"/>; empty when it gives none or does not offer it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>> ListsFor(string eservice) =>
        FindOffer(eservice)?.Lists ?? new Dictionary<string, IReadOnlyList<ExternalChoice>>();

    /// <summary>
    /// What a form of <paramref name="eservice"/> sent to this clinic is filled in with. Lists from the resident's
    /// data (e.g. <c>clinic_prescriptions</c>) are added to the clinic's and win over a clinic list of the same name.
    /// </summary>
    public FormContext ContextFor(string eservice, DateOnly today, ResidentInfo? resident = null,
        IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>>? residentLists = null)
    {
        var lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>(ListsFor(eservice), StringComparer.Ordinal);
        foreach (var (name, choices) in residentLists ?? new Dictionary<string, IReadOnlyList<ExternalChoice>>())
            lists[name] = choices;
        return new FormContext { Today = today, Resident = resident, Clinic = Info, Lists = lists };
    }
}
