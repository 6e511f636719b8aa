using FormEngine.Rendering;
using static FormEngine.Tests.Rendering.RenderFixtures;

namespace FormEngine.Tests.Rendering;

/// <summary>
/// The begar-intyg form rendered in full, compared with reviewed files in golden/. Any change to the markup shows
/// up here as a diff to review. To rewrite the files, run only these tests (other golden suites read the same
/// variable): <c>UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~Rendering.GoldenTests</c>, then read the diff.
/// </summary>
public sealed class GoldenTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests/FormEngine.Engine.Tests/Rendering/golden");

    public static TheoryData<string> Cases => ["begar-intyg-first-empty", "begar-intyg-first-errors", "begar-intyg-check-answers"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Begar_intyg_renders_as_reviewed(string name)
    {
        var actual = RenderCase(name);
        var path = Path.Combine(Folder, name + ".html");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
        }
        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_GOLDEN=1 and review the file.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var line = expected.Split('\n').Zip(actual.Split('\n')).TakeWhile(p => p.First == p.Second).Count();
            Assert.Fail($"{name}.html differs from line {line + 1}:\n  expected: {expected.Split('\n').ElementAtOrDefault(line)}\n  actual:   {actual.Split('\n').ElementAtOrDefault(line)}");
        }
    }

    private static string RenderCase(string name)
    {
        var form = BegarIntyg();
        var request = new RenderRequest(form, Context) { ActionUrl = "/e-tjanster/begar-intyg" };
        return name switch
        {
            "begar-intyg-first-empty" => FormRenderer.Default.Render(request),
            "begar-intyg-first-errors" => FormRenderer.Default.Render(request with
            {
                Answers = Answers(form, """{"purpose": "Till Transportstyrelsen <snarast>."}"""),
                ShowErrors = true,
            }),
            "begar-intyg-check-answers" => FormRenderer.Default.Render(request with
            {
                Page = form.Pages.Count,
                Answers = Answers(form, """{"kind": "korkort", "purpose": "Till Transportstyrelsen.\nSå snart som möjligt.", "request_type": "new", "phone": "070-123 45 67"}"""),
            }),
            _ => throw new ArgumentException(name),
        };
    }
}
