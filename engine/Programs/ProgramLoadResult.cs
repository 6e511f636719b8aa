using FormEngine.Diagnostics;

namespace FormEngine.Programs;

/// <param name="Programs">Every program that read without errors (its forms too), by key.</param>
/// <param name="Diagnostics">Every problem, in file order (step forms' own diagnostics included).</param>
/// <param name="ProgramsRead">Program files found, including those left out because of errors.</param>
public sealed record ProgramLoadResult(IReadOnlyDictionary<string, TreatmentProgram> Programs, IReadOnlyList<Diagnostic> Diagnostics, int ProgramsRead)
{
    public static readonly ProgramLoadResult Empty = new(new Dictionary<string, TreatmentProgram>(), [], 0);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public bool HasErrors => ErrorCount > 0;
}
