namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// An e-prescription as the national prescription register (Nationella läkemedelslistan) holds it: the demo
/// stand-in, seeded. <see cref="Id"/> is the code Förnya recept offers it under.
/// </summary>
public sealed class PrescriptionRecord
{
    public required string Id { get; set; }
    public required string ResidentPersonnummer { get; set; }
    public required string Medicine { get; set; }
    public required string DosageText { get; set; }
    /// <summary>The catalogue key of the clinic where it was written: only that clinic renews it.</summary>
    public required string PrescribingClinicKey { get; set; }
    public required DateOnly PrescribedOn { get; set; }
    public required int WithdrawalsLeft { get; set; }
    public required DateOnly ValidUntil { get; set; }
}
