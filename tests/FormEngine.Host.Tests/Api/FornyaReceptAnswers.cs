using System.Net;
using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Examples;
using FormEngine.Host.Tests.Boot;

namespace FormEngine.Host.Tests.Api;

/// <summary>
/// Answers for Förnya recept at Vårdcentralen Eksjö: the definition's own valid example, with its example
/// prescriptions replaced by the resident's (from the API's lists endpoint; each resident has their own).
/// </summary>
public static class FornyaReceptAnswers
{
    public const string Clinic = "vc-eksjo";
    public const string Form = "fornya-recept";

    public static JsonObject Example(string name = "valid-renewal")
    {
        var file = Path.Combine(RepositoryPaths.Definitions, "eservices", Form, "examples", name + ".yaml");
        var diagnostics = new DiagnosticBag();
        var example = ExampleReader.Read(file, File.ReadAllText(file), diagnostics);
        Assert.True(example is not null, string.Join("\n", diagnostics.Items));
        return (JsonObject)example.Answers.DeepClone();
    }

    public static async Task<JsonObject> ValidForAsync(HttpClient resident)
    {
        var lists = await ApiJson.ReadAsync(await resident.GetAsync($"/api/v1/clinics/{Clinic}/eservices/{Form}/lists"), HttpStatusCode.OK);
        var mine = lists["clinic_prescriptions"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToList();
        var answers = Example();
        var wanted = answers["prescriptions"]!.AsArray().Count;
        Assert.True(mine.Count >= wanted, "The demo data source gives every resident a few prescriptions.");
        answers["prescriptions"] = new JsonArray([.. mine.Take(wanted).Select(c => (JsonNode)JsonValue.Create(c))]);
        return answers;
    }

    public static object Submission(JsonObject answers) => new { clinicKey = Clinic, formKey = Form, formVersion = 1, answers };
}
