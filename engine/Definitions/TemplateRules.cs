using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;

namespace FormEngine.Definitions;

/// <summary>
/// What a form's flow demands of its <c>message:</c> and pages (FE1060). A staff-initiated form is an
/// invånarärende template: staff send its message, so it must have one. An information message cannot be
/// answered, so its form has no pages (and no terms to accept); a question is answered on the pages.
/// A resident-initiated form has no default message: the resident writes to the clinic, not the other way.
/// </summary>
internal static class TemplateRules
{
    public static void Check(MappingReader form, FlowType flow, TemplateMessage? message, IReadOnlyList<PageDefinition> pages)
    {
        var diagnostics = form.Diagnostics;
        if (flow == FlowType.ResidentInitiated)
        {
            if (form.Has("message"))
                diagnostics.Report(DiagnosticCodes.TemplateMismatch, form.SpanOf("message"),
                    "'message' belongs to staff-initiated forms (flow: staff-initiated); a resident-initiated form has no default message.");
            return;
        }

        if (!form.Has("message"))
        {
            diagnostics.Report(DiagnosticCodes.TemplateMismatch, form.Span,
                "A staff-initiated form needs a 'message' (kind, subject, text): the default message staff start from.");
            return;
        }
        // A message that could not be read was reported; without its kind there is nothing more to check.
        if (message is null) return;

        if (message.Kind == TemplateMessageKind.Information)
        {
            if (pages.Count > 0)
                diagnostics.Report(DiagnosticCodes.TemplateMismatch, form.SpanOf("pages"),
                    "An information message cannot be answered, so its form has no pages: remove them, or make it 'kind: question'.");
            if (form.Has("terms"))
                diagnostics.Report(DiagnosticCodes.TemplateMismatch, form.SpanOf("terms"),
                    "An information message cannot be answered, so there are no terms to accept: remove 'terms'.");
        }
        else if (pages.Count == 0)
            diagnostics.Report(DiagnosticCodes.TemplateMismatch, form.SpanOf("pages"),
                "A question needs at least one page with the fields the resident answers.");
    }
}
