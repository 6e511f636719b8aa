using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Definitions.Loading;
using FormEngine.Diagnostics;
using FormEngine.Examples;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Forms.Compilation;
using FormEngine.Rendering;
using FormEngine.Submissions;

namespace FormEngine.Tests.Rendering;

/// <summary>
/// Every valid example of every shipped form survives the trip a resident makes: its answers are rendered
/// on every page, the browser posts back what the pages show, and the server stores exactly the same data.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> ValidExamples()
    {
        var data = new TheoryData<string>();
        foreach (var folder in (string[])["definitions", "docs/tutorial"])
            foreach (var form in DefinitionFiles.FindForms(Path.Combine(RepositoryRoot.Path, folder)))
                foreach (var example in DefinitionFiles.ExamplesOf(form))
                    if (Read(example).Expect.Valid) data.Add(Path.GetRelativePath(RepositoryRoot.Path, example));
        return data;
    }

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void Rendered_answers_post_back_to_the_same_submission(string examplePath)
    {
        var example = Read(Path.Combine(RepositoryRoot.Path, examplePath));
        var formFile = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(example.File))!, DefinitionFiles.FormFileName);
        var form = new FormCompiler().Compile(formFile, File.ReadAllText(formFile)).Form!;
        var original = SubmissionPipeline.Process(form, example.Answers, example.Context);
        Assert.True(original.IsValid);

        var post = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        for (var page = 0; page <= form.Pages.Count; page++)
        {
            var html = FormRenderer.Default.Render(new RenderRequest(form, example.Context) { Page = page, Answers = original });
            post.AddRange(PostedFields(RenderFixtures.Parse(html)));
        }
        var posted = FormPostReader.Read(form, post);
        KeepAttachments(form, original, posted);
        var resubmitted = SubmissionPipeline.Process(form, posted, example.Context);

        Assert.Empty(resubmitted.Issues);
        Assert.Equal(original.Data.ToJsonString(), resubmitted.Data.ToJsonString());
    }

    /// <summary>
    /// Files are the host's (FormPostReader): it keeps what was uploaded and puts it back into the answers, which
    /// is done here for top-level and group file fields (none of the shipped forms has one in a repeat).
    /// </summary>
    private static void KeepAttachments(CompiledForm form, SubmissionResult original, JsonObject posted)
    {
        foreach (var field in form.AllFields.Where(f => f.Type is FileFieldType && !f.InRepeat))
        {
            var keys = field.Path.Split('.');
            if (keys.Aggregate((JsonNode?)original.Data, (node, key) => node?[key]) is not { } files) continue;
            var parent = keys[..^1].Aggregate(posted, (node, key) => (JsonObject)(node[key] ??= new JsonObject()));
            parent[keys[^1]] = files.DeepClone();
        }
    }

    /// <summary>What a browser sends for a form: filled inputs, ticked boxes, chosen options, textareas.</summary>
    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> PostedFields(IDocument page)
    {
        var values = new List<(string Name, string Value)>();
        foreach (var element in page.QuerySelectorAll("form [name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } box when box.IsChecked:
                    values.Add((name, box.Value));
                    break;
                case IHtmlInputElement { Type: "radio" or "checkbox" or "submit" or "file" }:
                    break;
                case IHtmlInputElement input:
                    values.Add((name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add((name, area.Value));
                    break;
                case IHtmlSelectElement select when select.SelectedOptions.FirstOrDefault() is { } option:
                    values.Add((name, option.Value));
                    break;
            }
        }
        return values.GroupBy(v => v.Name).Select(g => new KeyValuePair<string, IReadOnlyList<string>>(g.Key, [.. g.Select(v => v.Value)]));
    }

    private static ExampleSubmission Read(string file) =>
        ExampleReader.Read(file, File.ReadAllText(file), new DiagnosticBag()) ?? throw new InvalidOperationException($"{file} is unreadable");
}
