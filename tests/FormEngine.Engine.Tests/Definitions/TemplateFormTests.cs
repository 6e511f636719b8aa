using System.Text.Json.Nodes;
using FormEngine.Definitions;
using FormEngine.Definitions.Loading;
using FormEngine.Diagnostics;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Submissions;
using FormEngine.Workflows.Cases;

namespace FormEngine.Tests.Definitions;

/// <summary>
/// The four national invånarärende templates in definitions/templates compile cleanly as staff-initiated forms
/// with their default message, and the rules that tie a form's flow to its message and pages (FE1060) hold.
/// </summary>
public sealed class TemplateFormTests
{
    public static TheoryData<string, TemplateMessageKind, int> Templates => new()
    {
        { "meddelande-till-invanare", TemplateMessageKind.Information, 0 },
        { "meddelande-om-provsvar", TemplateMessageKind.Information, 0 },
        { "bifoga-bild-till-varden", TemplateMessageKind.Question, 1 },
        { "fragor-infor-sjukskrivning", TemplateMessageKind.Question, 2 },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_national_template_compiles_cleanly_with_its_message(string key, TemplateMessageKind kind, int pages)
    {
        var loaded = new FormLoader().Load(Path.Combine(RepositoryRoot.Path, "definitions", "templates", key, "form.yaml"));

        Assert.True(loaded.Diagnostics.Count == 0, string.Join("\n", loaded.Diagnostics));
        var form = Assert.IsType<CompiledForm>(loaded.Form);
        Assert.Equal((key, FlowType.StaffInitiated, "invanararende"), (form.Key, form.Definition.Flow, form.Definition.Workflow));
        var message = Assert.IsType<TemplateMessage>(form.Definition.Message);
        Assert.Equal(kind, message.Kind);
        Assert.StartsWith("Hej!", message.Text.In("sv"));
        Assert.True(message.Subject.Has("en") && message.Text.Has("en"));
        Assert.Equal(pages, form.Pages.Count);
    }

    [Fact]
    public void An_information_template_publishes_an_empty_object_schema_and_refuses_any_answer()
    {
        var form = Compile(InformationTemplate).Form!;

        Assert.Empty(form.Fields);
        Assert.Contains("\"properties\": {}", form.JsonSchema);
        var result = SubmissionPipeline.Process(form, JsonNode.Parse("""{"reply": "Tack"}"""), new FormContext { Today = new DateOnly(2026, 3, 2) });
        Assert.False(result.IsValid);
        Assert.Equal("reply", Assert.Single(result.Issues).Path);
    }

    [Fact]
    public void The_message_kind_is_spelled_as_the_workflow_input_expects()
    {
        var message = Compile(InformationTemplate).Form!.Definition.Message!;

        Assert.Equal(ResidentMessageKind.Information, message.KindName);
        Assert.Equal(ResidentMessageKind.Question, (message with { Kind = TemplateMessageKind.Question }).KindName);
    }

    [Theory]
    [InlineData("flow: staff-initiated\nmessage: {kind: information, subject: {sv: Ämne}, text: {sv: Text}}\n" + Page, "its form has no pages")]
    [InlineData("flow: staff-initiated\nterms: {sv: Ja}\nmessage: {kind: information, subject: {sv: Ämne}, text: {sv: Text}}\n", "no terms to accept")]
    [InlineData("flow: staff-initiated\nmessage: {kind: question, subject: {sv: Ämne}, text: {sv: Text}}\npages: []\n", "A question needs at least one page")]
    [InlineData("message: {kind: information, subject: {sv: Ämne}, text: {sv: Text}}\n" + Page, "belongs to staff-initiated forms")]
    [InlineData("flow: staff-initiated\n" + Page, "needs a 'message'")]
    public void A_form_that_does_not_fit_its_flow_is_FE1060(string rest, string expected)
    {
        var result = Compile(Head + rest);

        Assert.Null(result.Form);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateMismatch.Id, diagnostic.Code.Id);
        Assert.Contains(expected, diagnostic.Message);
    }

    [Fact]
    public void A_resident_initiated_form_still_needs_pages()
    {
        var diagnostic = Assert.Single(Compile(Head).Diagnostics);

        Assert.Equal(DiagnosticCodes.MissingProperty.Id, diagnostic.Code.Id);
    }

    private const string Head = "key: test-form\nversion: 1\ntitle: {sv: Test}\ncategory: test\nworkflow: invanararende\n";
    private const string Page = "pages:\n  - key: start\n    title: {sv: Start}\n    fields:\n      - {key: answer, type: text, label: {sv: Svar}}\n";
    private const string InformationTemplate = Head + "flow: staff-initiated\nmessage: {kind: information, subject: {sv: Ämne}, text: {sv: Hej!}}\n";

    private static CompileResult Compile(string yaml) => new FormCompiler().Compile("form.yaml", yaml);
}
