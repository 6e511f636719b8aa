namespace FormEngine.Rendering.Writing;

/// <summary>
/// The standalone document around a page, for the CLI preview: language, viewport, a title that starts with
/// "Fel: " when the page shows errors (screen readers read the title first), the CSS inline and the script
/// linked (never inline, so the page runs under a strict Content-Security-Policy).
/// </summary>
internal static class DocumentWriter
{
    public static void Open(RenderState state)
    {
        var sb = state.Out;
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(state.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        if (state.Issues.Count > 0) sb.Append(state.Ui.TitleErrorPrefix);
        if (state.IsCheckAnswers) sb.Append(state.Ui.CheckAnswersTitle);
        else sb.Append(state.Plan.Pages[state.Request.Page].TitleHtml);
        sb.Append(" – ").Append(state.Plan.TitleHtml).Append("</title>\n<style>\n").Append(FormAssets.Css).Append("</style>\n</head>\n")
          .Append("<body class=\"fe-body-page\">\n<a class=\"fe-skip-link\" href=\"#fe-main\">").Append(state.Ui.SkipToContent).Append("</a>\n")
          .Append("<main class=\"fe-main\" id=\"fe-main\" tabindex=\"-1\">\n");
    }

    public static void Close(RenderState state)
    {
        var sb = state.Out;
        sb.Append("</main>\n");
        if (state.Request.ScriptUrl is { } script)
        {
            sb.Append("<script src=\"");
            Html.Append(sb, script);
            sb.Append("\" defer></script>\n");
        }
        sb.Append("</body>\n</html>\n");
    }
}
