using System.Text.Json.Nodes;
using FormEngine.Definitions;
using FormEngine.Forms;

namespace FormEngine.Submissions;

/// <summary>
/// Whether the resident of a <see cref="FormContext"/> may use a form at all. Unknown is no: a condition that
/// cannot be evaluated (no resident, an unreadable personnummer) refuses, so an age limit never lets a case in
/// by accident. The page that offers the form and the intake that accepts it both ask here.
/// </summary>
public static class Eligibility
{
    public static bool Allows(CompiledForm form, FormContext context) =>
        form.Eligibility is not { } eligibility
        || eligibility.Condition.EvaluateCondition(new SubmissionValues(form, new JsonObject(), context));

    /// <summary>The form's message for a resident who may not use it, or null when they may.</summary>
    public static LocalizedText? RefusalFor(CompiledForm form, FormContext context) =>
        Allows(form, context) ? null : form.Eligibility!.Message;
}
