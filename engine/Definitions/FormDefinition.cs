using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>An e-service form as read from YAML: metadata, lists and pages.</summary>
public sealed record FormDefinition
{
    public required string Key { get; init; }
    public required int Version { get; init; }
    public required LocalizedText Title { get; init; }
    public LocalizedText? Description { get; init; }
    /// <summary>The standard ärendetyp category used in statistics, e.g. <c>fornya-recept</c>.</summary>
    public required string Category { get; init; }
    public FlowType Flow { get; init; } = FlowType.ResidentInitiated;
    /// <summary>
    /// The default message of a staff-initiated form (invånarärende template), which staff may edit before
    /// sending; null on a resident-initiated form.
    /// </summary>
    public TemplateMessage? Message { get; init; }
    /// <summary>The <c>definitionId</c> of the Elsa 3 workflow a case of this form runs.</summary>
    public required string Workflow { get; init; }
    /// <summary>Villkorstext the resident accepts before sending.</summary>
    public LocalizedText? Terms { get; init; }
    /// <summary>Who may use the form (e.g. an age limit); null for every resident.</summary>
    public EligibilityDefinition? Eligibility { get; init; }
    /// <summary>Reply-time target in Swedish working days.</summary>
    public int? ReplyTimeDays { get; init; }
    public Sensitivity Sensitivity { get; init; } = Sensitivity.Health;
    /// <summary>Languages the author promises: a text slot missing one of them is a warning.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["sv"];
    public IReadOnlyList<ChoiceListDefinition> Lists { get; init; } = [];
    public IReadOnlyList<ExternalListDefinition> ExternalLists { get; init; } = [];
    /// <summary>Empty only for a staff-initiated information message, which the resident cannot answer.</summary>
    public required IReadOnlyList<PageDefinition> Pages { get; init; }
    public required SourceSpan Span { get; init; }
    public SourceSpan VersionSpan { get; init; }
    public required string File { get; init; }
}
