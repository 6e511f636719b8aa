using FormEngine.Diagnostics;
using FormEngine.Submissions;

namespace FormEngine.Catalog;

/// <summary>
/// One e-service a clinic offers: where its cases go and the clinic's own choice lists for the form's external
/// lists (e.g. the certificate kinds it issues). Lists the form needs but the clinic does not give come from
/// elsewhere, such as the resident's prescriptions.
/// </summary>
/// <param name="EService">The form key.</param>
/// <param name="Queue">The queue key cases are routed to; null for the clinic's default queue.</param>
public sealed record ClinicOffer(string EService, string? Queue, IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>> Lists)
{
    public SourceSpan Span { get; init; }

    /// <summary>
    /// Begränsat urval: the only residents (twelve-digit personnummer) the offer is for, e.g. a clinic's own case
    /// type for the patients of one program; null offers it to everyone.
    /// </summary>
    public IReadOnlySet<string>? Residents { get; init; }

    /// <summary>Whether the resident with <paramref name="personnummer"/> (twelve digits) may use the offer.</summary>
    public bool IsOfferedTo(string personnummer) => Residents is null || Residents.Contains(personnummer);
}
