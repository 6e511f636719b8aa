namespace FormEngine.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _form;
    private readonly string _context;

    public RenderCommandTests()
    {
        _form = _folder.Write("form.yaml", TestForms.Intyg);
        _context = _folder.Write("context.yaml", TestForms.Context);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Prints_the_first_page_as_an_html_document_with_the_form_title()
    {
        var run = CliRun.Of("render", _form, "--context", _context);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("<!DOCTYPE html>", run.Stdout);
        Assert.Contains("<html lang=\"sv\">", run.Stdout);
        Assert.Contains("<title>Vilket intyg? – Begär testintyg</title>", run.Stdout);
        Assert.Contains("Körkortsintyg", run.Stdout);
        Assert.DoesNotContain("Telefonnummer", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_script_folder_gets_the_condition_script_and_the_page_links_it()
    {
        var folder = _folder.PathOf("preview");
        var run = CliRun.Of("render", _form, "--context", _context, "--script-dir", folder);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<script src=\"formengine.js\" defer>", run.Stdout);
        Assert.Equal(FormEngine.Rendering.FormAssets.Script, File.ReadAllText(Path.Combine(folder, "formengine.js")));
        Assert.DoesNotContain("<script", CliRun.Of("render", _form, "--context", _context).Stdout);
    }

    [Fact]
    public void Pages_count_from_1_and_the_one_after_the_last_is_check_your_answers()
    {
        var second = CliRun.Of("render", _form, "--page", "2", "--lang", "en");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("<title>Contact – Request a test certificate</title>", second.Stdout);
        Assert.Contains("Phone number", second.Stdout);
        var check = CliRun.Of("render", _form, "--page", "3");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Begär testintyg</title>", check.Stdout);
        Assert.DoesNotContain("<title>Kontakt", check.Stdout);
    }

    [Fact]
    public void With_answers_the_page_shows_their_errors()
    {
        var answers = _folder.Write("answers.yaml", "kind: korkort\nrequest_type: new\nphone: \"12\"\n");
        var run = CliRun.Of("render", _form, "--page", "2", "--answers", answers, "--context", _context);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<title>Fel: Kontakt – Begär testintyg</title>", run.Stdout);
        Assert.Contains("Skriv ett telefonnummer, till exempel 070-123 45 67.", run.Stdout);
        Assert.Contains("value=\"12\"", run.Stdout);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    public void A_page_that_does_not_exist_exits_2(string page)
    {
        var run = CliRun.Of("render", _form, "--page", page);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains($"there is no page {page}: the form has 2 pages", run.Stderr);
    }

    [Fact]
    public void A_broken_form_prints_diagnostics_not_html()
    {
        var run = CliRun.Of("render", _folder.Write("broken.yaml", TestForms.Broken));
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("error FE1007", run.Stderr);
    }
}
