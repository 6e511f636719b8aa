using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>A refused attachment shows at the upload input of the real "Bifoga bild till vården" template, linked from the summary.</summary>
public sealed class FileErrorTests
{
    private static readonly Lazy<Forms.CompiledForm> Template = new(() =>
        Compile(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "definitions/templates/bifoga-bild-till-varden/form.yaml")), "form.yaml"));

    private const string NotAPicture = """
        {"description": "Såret på hälen.",
         "images": [{"id": "att-1", "name": "remiss.pdf", "size": 120000, "content_type": "application/pdf"}]}
        """;

    [Theory]
    [InlineData("sv", "Bifoga bilder: Filen måste vara av typen JPEG, PNG eller HEIC.", "Fel: Filen måste vara av typen JPEG, PNG eller HEIC.")]
    [InlineData("en", "Attach pictures: The file must be of type JPEG, PNG or HEIC.", "Error: The file must be of type JPEG, PNG or HEIC.")]
    public void The_summary_links_a_refused_file_to_the_upload_input(string language, string link, string message)
    {
        var document = Parse(Render(Template.Value, 0, NotAPicture, showErrors: true, language: language));

        var anchor = Assert.Single(document.QuerySelectorAll(".fe-error-summary a"));
        Assert.Equal(link, anchor.TextContent);
        var input = document.GetElementById(anchor.GetAttribute("href")![1..]);
        Assert.NotNull(input);
        Assert.Equal("file", input.GetAttribute("type"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal(message, document.GetElementById(input.Id + "-error")!.TextContent);
    }

    [Fact]
    public void A_too_large_file_names_the_limit_at_the_input()
    {
        var tooLarge = NotAPicture.Replace("remiss.pdf", "hal.png").Replace("application/pdf", "image/png").Replace("120000", "12000000");
        var document = Parse(Render(Template.Value, 0, tooLarge, showErrors: true));

        Assert.Equal("Fel: Filen får vara högst 10 MB.", Single(document, "#fe-images-error").TextContent);
    }
}
