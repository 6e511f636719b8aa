using System.Text;
using FormEngine.Rendering.Writing;

namespace FormEngine.Rendering;

/// <summary>
/// Renders a compiled form as accessible HTML (WCAG 2.1 AA, GOV.UK Design System patterns) that works without
/// JavaScript. Field templates are rendered once per form and language and cut into fixed parts and holes
/// (docs/adr/0003-prerendered-field-templates.md); a request only fills the holes. Thread-safe.
/// </summary>
public sealed class FormRenderer
{
    [ThreadStatic] private static StringBuilder? _spare;

    public static FormRenderer Default { get; } = new();

    /// <summary>The <c>&lt;form&gt;…&lt;/form&gt;</c> fragment for one page, or for the check-your-answers page.</summary>
    public string Render(RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var output = Rent();
        try
        {
            Write(new RenderState(request, output));
            return output.ToString();
        }
        finally
        {
            Return(output);
        }
    }

    /// <summary>A standalone HTML5 document around the page (language, viewport, title, the CSS inline), for previews.</summary>
    public string RenderDocument(RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var output = Rent();
        try
        {
            var state = new RenderState(request, output);
            DocumentWriter.Open(state);
            Write(state);
            DocumentWriter.Close(state);
            return output.ToString();
        }
        finally
        {
            Return(output);
        }
    }

    private static void Write(RenderState state)
    {
        if (state.IsCheckAnswers) CheckAnswersWriter.Write(state);
        else PageWriter.WriteQuestionPage(state);
    }

    // One buffer per thread, reused: a page is tens of kilobytes and would otherwise grow a new builder each time.
    private static StringBuilder Rent()
    {
        var builder = _spare ?? new StringBuilder(16 * 1024);
        _spare = null;
        return builder.Clear();
    }

    private static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= 256 * 1024) _spare = builder;
    }
}
