using FormEngine.Persistence.Portal.Records;
using FormEngine.Programs;

namespace FormEngine.Host.Programs;

/// <summary>
/// One resident's assignment with what they have done: which modules are open (every module up to the current
/// one) and done (every form step sent), their step submissions and the messages. Both sides' pages read this.
/// </summary>
public sealed record ProgramProgress(
    ProgramAssignment Assignment, TreatmentProgram Program, IReadOnlyList<ProgramStepSubmission> Submissions, IReadOnlyList<ProgramMessage> Messages)
{
    /// <summary>How many modules are open: the current module and every one before it.</summary>
    public int OpenCount => Math.Max(1, Program.IndexOf(Assignment.CurrentModuleKey) + 1);

    public IReadOnlyList<ProgramModule> OpenModules => [.. Program.Modules.Take(OpenCount)];

    public bool IsOpen(ProgramModule module) => Program.IndexOf(module.Key) is var i && i >= 0 && i < OpenCount;

    public ProgramStepSubmission? SubmissionFor(ProgramModule module, ProgramStep step) =>
        Submissions.FirstOrDefault(s => s.ModuleKey == module.Key && s.StepKey == step.Key);

    public bool IsDone(ProgramModule module) => module.FormSteps.All(step => SubmissionFor(module, step) is not null);

    public int DoneCount => Program.Modules.Count(IsDone);

    /// <summary>The module after the current one, if there is one; the behandlare may open it.</summary>
    public ProgramModule? NextModule => OpenCount < Program.Modules.Count ? Program.Modules[OpenCount] : null;

    public ProgramModule Current => Program.Modules[OpenCount - 1];
}
