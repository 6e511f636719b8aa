namespace FormEngine.Host.Programs;

/// <summary>Settings of Stöd och behandling (section FormEngine:Programs).</summary>
public sealed class ProgramOptions
{
    public const string Section = "FormEngine:Programs";

    /// <summary>
    /// Days after a module was opened without anything sent from the resident (a step form or a message) before
    /// they get one reminder; 0 turns reminders off. Clinics' routines differ, so it is a setting.
    /// </summary>
    public int ReminderDays { get; set; } = 7;
}
