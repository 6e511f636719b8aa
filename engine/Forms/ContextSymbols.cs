using FormEngine.Expressions;

namespace FormEngine.Forms;

/// <summary>
/// Values from outside the form that expressions and <c>prefill:</c> may use: the logged-in resident and the
/// clinic the form is sent to. <see cref="Submissions.FormContext"/> supplies them at request time.
/// </summary>
public static class ContextSymbols
{
    public static readonly Symbol ResidentPersonnummer = new("$resident.personnummer", ExprType.Text);
    public static readonly Symbol ResidentName = new("$resident.name", ExprType.Text);
    public static readonly Symbol ResidentAge = new("$resident.age", ExprType.Number);
    public static readonly Symbol ResidentEmail = new("$resident.email", ExprType.Text);
    public static readonly Symbol ResidentPhone = new("$resident.phone", ExprType.Text);
    public static readonly Symbol ClinicKey = new("$clinic.key", ExprType.Text);
    public static readonly Symbol ClinicName = new("$clinic.name", ExprType.Text);

    public static readonly IReadOnlyList<Symbol> All =
        [ResidentPersonnummer, ResidentName, ResidentAge, ResidentEmail, ResidentPhone, ClinicKey, ClinicName];

    public static Symbol? Find(string id) => All.FirstOrDefault(s => s.Id == id);
}
