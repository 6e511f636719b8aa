using FormEngine.Catalog;
using FormEngine.Host.Cases;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>"Mina mottagningar" and the clinic search (a GET form, so it works without JavaScript and can be bookmarked).</summary>
public sealed class MottagningarModel(ResidentClinics clinics) : ResidentPageModel
{
    public IReadOnlyList<MyClinic> Mine { get; private set; } = [];
    public string? Query { get; private set; }
    public IReadOnlyList<Clinic>? Results { get; private set; }

    public async Task OnGetAsync(string? sok, CancellationToken cancellationToken)
    {
        Mine = await clinics.MineAsync(Personnummer, cancellationToken);
        Query = sok?.Trim();
        if (!string.IsNullOrEmpty(Query)) Results = clinics.Search(Query);
    }

    public static string KindText(Clinic clinic) => clinic.Kind == ClinicKind.Vardcentral ? "Vårdcentral" : "Specialistmottagning";
}
