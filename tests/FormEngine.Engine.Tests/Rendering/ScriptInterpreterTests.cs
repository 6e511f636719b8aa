using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Expressions;
using FormEngine.Rendering;
using FormEngine.Tests.Expressions;

namespace FormEngine.Tests.Rendering;

/// <summary>
/// The browser script's interpreter must agree with the server on the expression language's shared cases
/// (Expressions/cases/*.json): every case that compiles is sent as its JSON tree to formengine.js under Node.js
/// (which this machine kind has) and the result compared with the case's expected result.
/// </summary>
public sealed class ScriptInterpreterTests
{
    // Decimal arithmetic the browser does in doubles; the server's answer is the one that counts.
    private static readonly HashSet<string> KnownDifferences = new(StringComparer.Ordinal);

    [Fact]
    public void The_browser_interpreter_agrees_with_the_server_on_the_shared_cases()
    {
        var cases = new JsonArray();
        foreach (var key in ExpressionCase.Keys)
        {
            var (file, c) = ExpressionCase.Get(key);
            if (c.Diagnostics is not null || KnownDifferences.Contains(key)) continue;
            var compiled = ExpressionCompiler.Compile(new ExpressionSource(c.Expression, SourceSpan.None), c.BuildSymbols(file), null, new DiagnosticBag());
            if (compiled is null) continue;
            var values = new JsonObject();
            foreach (var (id, symbol) in (file.Symbols ?? []).Concat(c.Symbols ?? []))
                values[id] = JsonNode.Parse(symbol.Value.ValueKind == JsonValueKind.Undefined ? "null" : symbol.Value.GetRawText());
            cases.Add(new JsonObject
            {
                ["name"] = key,
                ["tree"] = JsonNode.Parse(ExpressionJson.ToJson(compiled.Syntax)),
                ["values"] = values,
                ["today"] = c.Today ?? file.Today ?? "2024-06-15",
                ["expected"] = JsonNode.Parse(c.Result.ValueKind == JsonValueKind.Undefined ? "null" : c.Result.GetRawText()),
            });
        }
        Assert.True(cases.Count >= 100, $"Only {cases.Count} cases were sent.");

        var failures = RunInNode(cases);

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases differ in the browser:\n{string.Join("\n", failures)}");
    }

    private static List<string> RunInNode(JsonArray cases)
    {
        var folder = Directory.CreateTempSubdirectory("fe-script").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "formengine.js"), FormAssets.Script);
            File.WriteAllText(Path.Combine(folder, "cases.json"), cases.ToJsonString());
            File.WriteAllText(Path.Combine(folder, "run.js"), Runner);
            var start = new ProcessStartInfo("node", "run.js") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            using var node = Process.Start(start) ?? throw new InvalidOperationException("Node.js did not start.");
            var output = node.StandardOutput.ReadToEnd();
            var errors = node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, $"node failed: {errors}");
            return JsonSerializer.Deserialize<List<string>>(output) ?? [];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string Runner = """
        const { evaluate } = require("./formengine.js");
        const cases = JSON.parse(require("fs").readFileSync("cases.json", "utf8"));
        const same = (a, b) => {
          if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
          if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
          return a === b;
        };
        const failures = [];
        for (const c of cases) {
          let actual;
          try {
            actual = evaluate(c.tree, { today: c.today, read: id => (id in c.values ? c.values[id] : null) });
          } catch (e) {
            actual = "threw " + e.message;
          }
          if (actual === undefined) actual = null;
          if (!same(actual, c.expected)) failures.push(`${c.name}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(actual)}`);
        }
        process.stdout.write(JSON.stringify(failures));
        """;
}
