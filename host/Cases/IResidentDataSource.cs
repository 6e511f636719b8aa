using FormEngine.Catalog;
using FormEngine.Forms;
using FormEngine.Submissions;

namespace FormEngine.Host.Cases;

/// <summary>
/// The resident's own data that forms choose from (external lists such as <c>clinic_prescriptions</c>): in a
/// real region it comes from other systems (the prescription register); <see cref="HealthData.RegisterResidentDataSource"/>
/// reads it through the registers' interfaces.
/// </summary>
public interface IResidentDataSource
{
    /// <summary>The external lists of <paramref name="form"/> that the resident's data fills, by list name.</summary>
    ValueTask<IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>>> ListsForAsync(
        string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default);
}
