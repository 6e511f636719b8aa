namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// Stöd och behandling: a treatment program a behandlare gave a resident. The resident sees the modules up to
/// and including <see cref="CurrentModuleKey"/>; the behandlare opens the next one.
/// </summary>
public sealed class ProgramAssignment
{
    public required string Id { get; set; }
    public required string ProgramKey { get; set; }
    public required int ProgramVersion { get; set; }
    public required string ResidentPersonnummer { get; set; }
    /// <summary>The behandlare who follows the resident (HSA-id); any behandlare at the clinic may act.</summary>
    public required string BehandlareHsaId { get; set; }
    public required string ClinicKey { get; set; }
    /// <summary>The last module opened for the resident (every module before it is open too).</summary>
    public required string CurrentModuleKey { get; set; }
    public required DateTimeOffset StartedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Something the behandlare has not seen yet: a recorded step form or a message from the resident.</summary>
    public bool NewForBehandlare { get; set; }
    /// <summary>When <see cref="CurrentModuleKey"/> was opened (null: at <see cref="StartedAt"/>); reminders count from it.</summary>
    public DateTimeOffset? ModuleOpenedAt { get; set; }
    /// <summary>When the resident was last reminded; at most one reminder per opened module.</summary>
    public DateTimeOffset? RemindedAt { get; set; }
}

/// <summary>A step form the resident sent; answers are JSON and never logged. One per step of an assignment.</summary>
public sealed class ProgramStepSubmission
{
    public required string Id { get; set; }
    public required string AssignmentId { get; set; }
    public required string ModuleKey { get; set; }
    public required string StepKey { get; set; }
    public required string FormKey { get; set; }
    public required int FormVersion { get; set; }
    public required string Answers { get; set; }
    /// <summary>Who sent it: the resident, or a guardian acting as ombud.</summary>
    public required string SubmittedBy { get; set; }
    public required DateTimeOffset SubmittedAt { get; set; }
    /// <summary>When the program-step workflow recorded it for the behandlare.</summary>
    public DateTimeOffset? RecordedAt { get; set; }
}

/// <summary>A message between the resident and the behandlare within an assignment.</summary>
public sealed class ProgramMessage
{
    public long Id { get; set; }
    public required string AssignmentId { get; set; }
    public required bool FromBehandlare { get; set; }
    /// <summary>The writer: an HSA-id, or the personnummer of the resident or their ombud.</summary>
    public required string Author { get; set; }
    public required string Text { get; set; }
    public required DateTimeOffset SentAt { get; set; }
}
