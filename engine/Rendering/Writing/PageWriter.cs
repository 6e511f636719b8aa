using System.Globalization;
using FormEngine.Rendering.Plans;

namespace FormEngine.Rendering.Writing;

/// <summary>
/// The frame of every page: the <c>&lt;form&gt;</c> (post, novalidate), the hidden <c>_page</c>, the back link,
/// the error summary, the form title (h1), progress and page title, then the fields and the main button.
/// </summary>
internal static class PageWriter
{
    public static void WriteQuestionPage(RenderState state)
    {
        var page = state.Plan.Pages[state.Request.Page];
        OpenForm(state, page);
        var sb = state.Out;
        var (step, steps) = Progress(state);
        sb.Append("<p class=\"fe-progress\">").Append(string.Format(CultureInfo.InvariantCulture, state.Ui.StepFormat, step, steps)).Append("</p>\n");
        sb.Append("<h2 class=\"fe-page-title\">").Append(page.TitleHtml).Append("</h2>\n").Append(page.IntroHtml);
        new FieldWriter(state).WriteFields(page.Fields, state.Data, null, []);
        sb.Append("<div class=\"fe-actions\"><button class=\"fe-button\" type=\"submit\">").Append(state.Ui.Continue).Append("</button></div>\n</form>\n");
    }

    /// <summary>Everything up to and including the h1.</summary>
    public static void OpenForm(RenderState state, PagePlan? page)
    {
        var sb = state.Out;
        var request = state.Request;
        sb.Append("<form class=\"fe-form\" method=\"post\" action=\"");
        Html.Append(sb, request.ActionUrl);
        sb.Append("\" novalidate lang=\"").Append(state.Language).Append('"');
        if (page is not null)
        {
            if (page.HasFiles) sb.Append(" enctype=\"multipart/form-data\"");
            ClientValues.Write(state, page);
        }
        sb.Append(">\n<input type=\"hidden\" name=\"_page\" value=\"").Append(request.Page.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
        foreach (var (name, value) in request.HiddenFields)
        {
            sb.Append("<input type=\"hidden\" name=\"");
            Html.Append(sb, name);
            sb.Append("\" value=\"");
            Html.Append(sb, value);
            sb.Append("\">\n");
        }
        // Enter in a text box presses the form's first submit button; in a page with repeats that would be
        // "Lägg till" or "Ta bort", so a hidden copy of the main button comes first.
        if (page?.HasRepeats ?? false)
            sb.Append("<button class=\"fe-default-submit\" type=\"submit\" tabindex=\"-1\" aria-hidden=\"true\">").Append(state.Ui.Continue).Append("</button>\n");
        if (PreviousPage(state) is int previous)
        {
            sb.Append("<a class=\"fe-back-link\" href=\"");
            Html.Append(sb, request.PageUrl(previous));
            sb.Append("\">").Append(state.Ui.Back).Append("</a>\n");
        }
        ErrorSummaryWriter.Write(state);
        sb.Append("<h1 class=\"fe-title\">").Append(state.Plan.TitleHtml).Append("</h1>\n");
    }

    /// <summary>The nearest relevant page before this one; none on the first page.</summary>
    private static int? PreviousPage(RenderState state)
    {
        for (var i = state.Request.Page - 1; i >= 0; i--)
            if (state.IsRelevant(state.Request.Form.Pages[i])) return i;
        return null;
    }

    /// <summary>"Steg N av M" counts only the pages the resident will see with the answers given so far.</summary>
    private static (int Step, int Steps) Progress(RenderState state)
    {
        var pages = state.Request.Form.Pages;
        int step = 0, steps = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            var current = i == state.Request.Page;
            if (!current && !state.IsRelevant(pages[i])) continue;
            steps++;
            if (i <= state.Request.Page) step++;
        }
        return (step, steps);
    }
}
