namespace FormEngine.Host.Pages.Shared;

/// <summary>One problem for _ErrorSummary: the message and the id of the field it links to.</summary>
public sealed record PageError(string FieldId, string Message);
