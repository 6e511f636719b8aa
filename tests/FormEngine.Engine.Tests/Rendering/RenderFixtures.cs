using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Forms.Compilation;
using FormEngine.Rendering;
using FormEngine.Submissions;

namespace FormEngine.Tests.Rendering;

/// <summary>Forms, contexts and an HTML parser shared by the rendering tests.</summary>
internal static class RenderFixtures
{
    public static readonly DateOnly Today = new(2025, 3, 14);

    public static readonly FormContext Context = new()
    {
        Today = Today,
        Resident = new ResidentInfo("191212121212", "Tolvan Tolvansson", "tolvan@example.se"),
        Clinic = new ClinicInfo("vc-norr", "Vårdcentralen Norr"),
        Lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>
        {
            ["certificate_kinds"] =
            [
                new ExternalChoice("korkort", new LocalizedText(new Dictionary<string, string> { ["sv"] = "Körkortsintyg", ["en"] = "Driving licence" })),
                new ExternalChoice("idrott", LocalizedText.Swedish("Idrottsintyg")),
            ],
        },
    };

    /// <summary>Every kind of field: page 1 has the one-line inputs and choices, page 2 groups, repeats and conditions.</summary>
    public const string KitchenSink = """
        key: render-test
        version: 1
        title: {sv: Testformulär, en: Test form}
        category: test
        workflow: standard-case
        languages: [sv, en]
        terms: {sv: Jag intygar att uppgifterna stämmer., en: I confirm that the answers are true.}
        external_lists:
          certificate_kinds:
            description: {sv: Intyg, en: Certificates}
        pages:
          - key: basics
            title: {sv: Grunder, en: Basics}
            intro: {sv: Svara på frågorna., en: Answer the questions.}
            fields:
              - key: name
                type: text
                label: {sv: Namn, en: Name}
                hint: {sv: Som i passet., en: As in your passport.}
                autocomplete: name
                required: true
              - key: personnummer
                type: personnummer
                label: {sv: Personnummer, en: Personal identity number}
                prefill: $resident.personnummer
              - key: email
                type: email
                label: {sv: E-post, en: Email}
              - key: count
                type: integer
                label: {sv: Antal, en: Number}
                required: true
                validators:
                  - max: 10
              - key: dose
                type: decimal
                label: {sv: Dos, en: Dose}
              - key: reason
                type: single_choice
                label: {sv: Anledning, en: Reason}
                required: true
                choices:
                  - code: new
                    label: {sv: Ny, en: New}
                    hint: {sv: Första gången., en: The first time.}
                  - code: renewal
                    label: {sv: Förnyelse, en: Renewal}
              - key: renewal_details
                type: textarea
                label: {sv: Beskriv förnyelsen, en: Describe the renewal}
                visible_when: reason == 'renewal'
                required: true
              - key: kind
                type: single_choice
                display: select
                label: {sv: Typ av intyg, en: Kind of certificate}
                choices_from: certificate_kinds
              - key: symptoms
                type: multiple_choice
                label: {sv: Symtom, en: Symptoms}
                choices:
                  - {code: fever, label: {sv: Feber, en: Fever}}
                  - {code: cough, label: {sv: Hosta, en: Cough}}
              - key: smoker
                type: yes_no
                label: {sv: Röker du?, en: Do you smoke?}
                required: true
              - key: info
                type: note
                text: {sv: Tänk på att svara ärligt., en: Please answer honestly.}
          - key: details
            title: {sv: Detaljer, en: Details}
            fields:
              - key: address
                type: group
                label: {sv: Adress, en: Address}
                fields:
                  - key: street
                    type: text
                    label: {sv: Gata, en: Street}
                    autocomplete: street-address
                  - key: postcode
                    type: text
                    label: {sv: Postnummer, en: Postcode}
                    required: true
              - key: packages
                type: repeat
                label: {sv: Förpackningar, en: Packages}
                item_label: {sv: Förpackning, en: Package}
                min_count: 1
                max_count: 3
                fields:
                  - key: product
                    type: text
                    label: {sv: Produkt, en: Product}
                    required: true
                  - key: amount
                    type: integer
                    label: {sv: Mängd, en: Amount}
              - key: total
                type: computed
                label: {sv: Totalt, en: Total}
                compute: sum(packages.amount)
              - key: renewal_note
                type: text
                label: {sv: Om förnyelsen, en: About the renewal}
                visible_when: reason == 'renewal'
              - key: photo
                type: file
                label: {sv: Foto, en: Photo}
                accept: image/jpeg,image/png
              - key: arrival
                type: time
                label: {sv: Ankomsttid, en: Arrival time}
              - key: appointment
                type: datetime
                label: {sv: Besökstid, en: Appointment}
              - key: clinic
                type: hidden
                prefill: $clinic.key
        """;

    public static CompiledForm Compile(string yaml, string file = "test.yaml")
    {
        var result = new FormCompiler().Compile(file, yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Form!;
    }

    private static readonly Lazy<CompiledForm> KitchenSinkForm = new(() => Compile(KitchenSink));

    public static CompiledForm Sink => KitchenSinkForm.Value;

    public static CompiledForm BegarIntyg() =>
        Compile(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "definitions/eservices/begar-intyg/form.yaml")), "form.yaml");

    public static SubmissionResult Answers(CompiledForm form, string json) =>
        SubmissionPipeline.Process(form, JsonNode.Parse(json), Context);

    public static string Render(CompiledForm form, int page = 0, string? answers = null, bool showErrors = false, string language = "sv",
        IReadOnlyDictionary<string, int>? repeatRows = null) =>
        FormRenderer.Default.Render(new RenderRequest(form, Context)
        {
            Page = page,
            Answers = answers is null ? null : Answers(form, answers),
            ShowErrors = showErrors,
            Language = language,
            ActionUrl = "/send",
            RepeatRows = repeatRows,
        });

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");

    public static IElement Single(IDocument document, string selector) =>
        document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No element matches '{selector}'.");
}
