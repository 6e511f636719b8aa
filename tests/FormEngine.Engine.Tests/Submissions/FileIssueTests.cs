using FormEngine.Forms.FieldTypes;

namespace FormEngine.Tests.Submissions;

/// <summary>
/// A refused attachment is the file field's problem: reported at the field's own path (where the upload input
/// and its error message are), in words that name what the field takes.
/// </summary>
public sealed class FileIssueTests
{
    private static readonly Forms.CompiledForm Form = Pipeline.Form("""
        pages:
          - key: picture
            title: {sv: Bild}
            fields:
              - key: images
                type: file
                label: {sv: Bifoga bilder}
                required: true
                accept: image/jpeg,image/png,image/heic
                max_size_mb: 10
                max_files: 3
              - key: letter
                type: file
                label: {sv: Remiss}
                accept: application/pdf
              - key: visits
                type: repeat
                label: {sv: Besök}
                fields:
                  - key: photos
                    type: file
                    label: {sv: Foton}
                    accept: image/png
                    max_size_mb: 2
          - key: other
            title: {sv: Annat}
            fields:
              - key: note
                type: text
                label: {sv: Övrigt}
        """);

    private static string File(string name, long size, string type, string id = "att-1") =>
        $$"""{"id":"{{id}}","name":"{{name}}","size":{{size}},"content_type":"{{type}}"}""";

    private static readonly string Picture = File("hal.png", 1000, "image/png");

    [Fact]
    public void A_file_of_the_wrong_type_is_reported_at_the_field_naming_the_allowed_types()
    {
        var result = Pipeline.Submit(Form, $$"""{"images":[{{File("remiss.pdf", 120000, "application/pdf")}}]}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("images", "file_type"), (issue.Path, issue.Code));
        Assert.Same(Form.FindField("images"), issue.Field);
        Assert.Equal("Filen måste vara av typen JPEG, PNG eller HEIC.", issue.Message());
        Assert.Equal("The file must be of type JPEG, PNG or HEIC.", issue.Message("en"));
    }

    [Fact]
    public void A_single_allowed_type_is_named_alone() =>
        Assert.Equal("Filen måste vara av typen PDF.",
            Assert.Single(Pipeline.Submit(Form, $$"""{"images":[{{Picture}}],"letter":[{{File("a.png", 10, "image/png")}}]}""").Issues).Message());

    [Fact]
    public void A_file_above_the_size_limit_is_reported_at_the_field_naming_the_limit()
    {
        var result = Pipeline.Submit(Form, $$"""{"images":[{{Picture}},{{File("stor.png", 12_000_000, "image/png", "att-2")}}]}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("images", "file_size"), (issue.Path, issue.Code));
        Assert.Equal("Filen får vara högst 10 MB.", issue.Message());
        Assert.Equal("The file can be at most 10 MB.", issue.Message("en"));
    }

    [Fact]
    public void The_default_size_limit_is_named_when_the_field_sets_none() =>
        Assert.Equal("Filen får vara högst 10 MB.",
            Assert.Single(Pipeline.Submit(Form, $$"""{"images":[{{Picture}}],"letter":[{{File("a.pdf", 11 * 1024 * 1024, "application/pdf")}}]}""").Issues).Message());

    [Fact]
    public void Too_many_files_say_how_many_may_be_attached()
    {
        var four = string.Join(",", Enumerable.Range(1, 4).Select(i => File($"bild{i}.png", 1000, "image/png", $"att-{i}")));
        var many = Assert.Single(Pipeline.Submit(Form, $$"""{"images":[{{four}}]}""").Issues);
        Assert.Equal(("images", "max_count"), (many.Path, many.Code));
        Assert.Equal("Du har bifogat för många filer. Bifoga högst 3.", many.Message());
        Assert.Equal("You have attached too many files. Attach at most 3.", many.Message("en"));

        var two = Assert.Single(Pipeline.Submit(Form, $$"""{"images":[{{Picture}}],"letter":[{{File("a.pdf", 10, "application/pdf")}},{{File("b.pdf", 10, "application/pdf", "att-2")}}]}""").Issues);
        Assert.Equal(("letter", "max_count"), (two.Path, two.Code));
        Assert.Equal("Du kan bara bifoga en fil.", two.Message());
        Assert.Equal("You can attach only one file.", two.Message("en"));
    }

    [Fact]
    public void Every_kind_of_problem_is_reported_once_at_the_field_in_the_order_found()
    {
        var files = string.Join(",",
            File("a.pdf", 10, "application/pdf", "att-1"), File("b.pdf", 10, "application/pdf", "att-2"),
            File("c.png", 12_000_000, "image/png", "att-3"), File("d.png", 10, "image/png", "att-4"));

        Assert.Equal(["images:max_count", "images:file_type", "images:file_size"], Pipeline.Submit(Form, $$"""{"images":[{{files}}]}""").Problems());
    }

    [Fact]
    public void A_file_problem_belongs_to_the_page_of_its_field()
    {
        var result = Pipeline.Submit(Form, $$"""{"images":[{{File("remiss.pdf", 10, "application/pdf")}}]}""");

        Assert.Equal(["images:file_type"], result.IssuesOnPage(0).Select(i => $"{i.Path}:{i.Code}"));
        Assert.Empty(result.IssuesOnPage(Form.Pages.Count));
    }

    [Fact]
    public void A_file_in_a_repeat_row_is_reported_at_that_row_field()
    {
        var result = Pipeline.Submit(Form, $$"""{"images":[{{Picture}}],"visits":[{"photos":[{{Picture}}]},{"photos":[{{File("x.png", 3 * 1024 * 1024, "image/png")}}]}]}""");

        var issue = Assert.Single(result.Issues);
        Assert.Equal(("visits[1].photos", "file_size"), (issue.Path, issue.Code));
        Assert.Equal("Filen får vara högst 2 MB.", issue.Message());
    }

    [Theory]
    [InlineData("""{"name":"a.png","size":10,"content_type":"image/png"}""")]
    [InlineData("""{"id":"att-1","name":"a.png","size":0,"content_type":"image/png"}""")]
    [InlineData("""{"id":"att-1","name":"a.png","size":10,"content_type":"image/png","path":"/etc/passwd"}""")]
    [InlineData("\"a.png\"")]
    public void A_malformed_file_reference_is_reported_at_the_field(string reference)
    {
        var issue = Assert.Single(Pipeline.Submit(Form, $$"""{"images":[{{reference}}]}""").Issues);

        Assert.Equal(("images", "file"), (issue.Path, issue.Code));
        Assert.IsType<FileFieldType>(issue.Field?.Type);
        Assert.Equal("Bilagan gick inte att läsa.", issue.Message());
    }

    [Fact]
    public void A_file_field_that_is_not_a_list_keeps_its_type_problem() =>
        Assert.Equal(["images:type"], Pipeline.Submit(Form, """{"images":"bild.png"}""").Problems());
}
