using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Diagnostics;
using FormEngine.Forms;

namespace FormEngine.Programs;

/// <summary>
/// A treatment program (Stöd och behandling), e.g. internet-based KBT for stress: modules the resident works
/// through in order, each with texts to read, forms to fill in and messages to the behandlare. Read from
/// <c>definitions/programs/&lt;key&gt;/program.yaml</c>; the step forms are compiled from its <c>forms/</c> folder.
/// </summary>
public sealed record TreatmentProgram
{
    public required string Key { get; init; }
    public required int Version { get; init; }
    public required LocalizedText Title { get; init; }
    public required LocalizedText Description { get; init; }
    /// <summary>Kinds of clinic whose behandlare may assign it; empty together with <see cref="Clinics"/> means every clinic.</summary>
    public IReadOnlyList<ClinicKind> ClinicKinds { get; init; } = [];
    /// <summary>Clinics (by key) whose behandlare may assign it, besides those of <see cref="ClinicKinds"/>.</summary>
    public IReadOnlyList<string> Clinics { get; init; } = [];
    public required IReadOnlyList<ProgramModule> Modules { get; init; }
    public required string File { get; init; }
    public SourceSpan Span { get; init; }

    public bool IsUsableBy(Clinic clinic) =>
        (ClinicKinds.Count == 0 && Clinics.Count == 0) || ClinicKinds.Contains(clinic.Kind) || Clinics.Contains(clinic.Key);

    public ProgramModule? FindModule(string key) => Modules.FirstOrDefault(m => m.Key == key);

    /// <summary>The module's position, 0-based; -1 when there is no such module.</summary>
    public int IndexOf(string moduleKey)
    {
        for (var i = 0; i < Modules.Count; i++)
            if (Modules[i].Key == moduleKey) return i;
        return -1;
    }

    /// <summary>Every step form of the program, by form key.</summary>
    public IEnumerable<CompiledForm> Forms =>
        Modules.SelectMany(m => m.Steps).Select(s => s.Form).OfType<CompiledForm>().DistinctBy(f => f.Key);
}

/// <summary>One module: what the resident reads, then the steps they do.</summary>
public sealed record ProgramModule(string Key, LocalizedText Title, IReadOnlyList<LocalizedText> Texts, IReadOnlyList<ProgramStep> Steps)
{
    public ProgramStep? FindStep(string key) => Steps.FirstOrDefault(s => s.Key == key);

    /// <summary>The steps a resident sends something in (a form); a module is done when all of them are.</summary>
    public IEnumerable<ProgramStep> FormSteps => Steps.Where(s => s.Kind == StepKind.Form);
}

/// <param name="Text">What to read (read steps) or what to write about (message steps); null for form steps.</param>
/// <param name="Form">The compiled step form (form steps only).</param>
public sealed record ProgramStep(string Key, StepKind Kind, LocalizedText Title, LocalizedText? Text, CompiledForm? Form);

public enum StepKind
{
    /// <summary>A text to read.</summary>
    Read,
    /// <summary>A form to fill in and send (e.g. a weekly stress scale).</summary>
    Form,
    /// <summary>A message to the behandlare, e.g. about how the week went.</summary>
    Message,
}
