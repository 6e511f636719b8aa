using FormEngine.Rendering.Templates;

namespace FormEngine.Rendering.Plans;

/// <summary>
/// A field's template cut into parts for one set of options. <see cref="Plain"/> has the error holes already
/// filled with nothing (most fields on most requests have no error); <see cref="WithError"/> keeps them open.
/// </summary>
internal sealed record FieldVariant(TemplateParts Plain, TemplateParts WithError, string[] Codes);
