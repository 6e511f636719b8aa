using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>
/// The default message of a staff-initiated form (an invånarärende template): the subject and text staff start
/// from and may edit before sending. Its kind decides whether the resident can answer.
/// </summary>
public sealed record TemplateMessage(TemplateMessageKind Kind, LocalizedText Subject, LocalizedText Text, SourceSpan Span)
{
    /// <summary>The kind as the YAML, the workflow input <c>messageKind</c> and the resident inbox spell it.</summary>
    public string KindName => TemplateMessageReader.Kinds.First(k => k.Value == Kind).Key;
}

/// <summary>Like Inera's invånarärende templates: information cannot be answered, a question can.</summary>
public enum TemplateMessageKind
{
    /// <summary>The resident reads it; the form has no pages.</summary>
    Information,

    /// <summary>The resident answers on the form's pages.</summary>
    Question,
}
