namespace FormEngine.Host.HealthData;

/// <summary>An e-prescription of the national prescription register.</summary>
public sealed record EPrescription(
    string Id, string Medicine, string DosageText, string PrescribingClinicKey, DateOnly PrescribedOn, int WithdrawalsLeft, DateOnly ValidUntil)
{
    /// <summary>Still valid on <paramref name="today"/> (the last valid day included).</summary>
    public bool IsValidOn(DateOnly today) => today <= ValidUntil;
}

/// <summary>The national prescription register (Nationella läkemedelslistan). Read-only.</summary>
public interface IPrescriptionRegister
{
    /// <summary>The resident's e-prescriptions, newest first.</summary>
    Task<IReadOnlyList<EPrescription>> ForResidentAsync(string personnummer, CancellationToken cancellationToken = default);
}
