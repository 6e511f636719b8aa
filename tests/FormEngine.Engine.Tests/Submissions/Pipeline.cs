using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Submissions;
using FormEngine.Tests.Schema;

namespace FormEngine.Tests.Submissions;

/// <summary>Inline test forms and the server pipeline run on raw JSON, with the fixed test context (today 2025-03-14).</summary>
internal static class Pipeline
{
    public static FormContext Context => TestForms.Context;

    /// <summary>A form from its top-level properties after the header (lists, terms, pages...).</summary>
    public static CompiledForm Form(string body) => TestForms.FromYaml($"""
        key: pipeline-test
        version: 1
        title: {"{"}sv: Test, en: Test{"}"}
        category: test
        workflow: standard-case
        languages: [sv]
        {body}
        """);

    /// <summary>A one-page form with these fields, written as they sit under <c>fields:</c> with six spaces of indentation.</summary>
    public static CompiledForm Fields(string fields) => Form($"""
        pages:
          - key: page
            title: {"{"}sv: Sida{"}"}
            fields:
        {fields}
        """);

    public static SubmissionResult Submit(CompiledForm form, string json, FormContext? context = null) =>
        SubmissionPipeline.Process(form, JsonNode.Parse(json), context ?? Context);

    /// <summary>Issues as <c>path:code</c>, in the order the pipeline reports them.</summary>
    public static string[] Problems(this SubmissionResult result) => [.. result.Issues.Select(i => $"{i.Path}:{i.Code}")];

    public static string Stored(this SubmissionResult result) => result.Data.ToJsonString();
}
