using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;
using FormEngine.Forms;
using LocalizedTextReader = FormEngine.Definitions.TextReader;

namespace FormEngine.Programs;

/// <summary>Reads a program's modules and their steps (read, form, message).</summary>
internal static class ProgramModuleReader
{
    private static readonly string[] ModuleProperties = ["key", "title", "texts", "steps"];
    private static readonly string[] StepProperties = ["key", "kind", "title", "text", "form"];

    private static readonly Dictionary<string, StepKind> StepKinds = new()
    {
        ["read"] = StepKind.Read,
        ["form"] = StepKind.Form,
        ["message"] = StepKind.Message,
    };

    public static List<ProgramModule> ReadAll(MappingReader program, IReadOnlyDictionary<string, CompiledForm> forms)
    {
        var modules = new List<ProgramModule>();
        var nodes = program.Sequence("modules", required: true);
        if (nodes is [])
            program.Diagnostics.Report(DiagnosticCodes.ProgramWithoutSteps, program.SpanOf("modules"), "A program needs at least one module.");
        foreach (var node in nodes ?? [])
        {
            if (node is not YamlMapping mapping)
            {
                program.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "A module must be a mapping with key, title, texts and steps.");
                continue;
            }
            if (Read(mapping, forms, program.Diagnostics) is not { } module) continue;
            if (modules.Exists(m => m.Key == module.Key))
            {
                program.Diagnostics.Report(DiagnosticCodes.DuplicateProgramEntry, mapping.Find("key")!.Value.Span, $"Module '{module.Key}' is given twice in this program.");
                continue;
            }
            modules.Add(module);
        }
        return modules;
    }

    private static ProgramModule? Read(YamlMapping mapping, IReadOnlyDictionary<string, CompiledForm> forms, DiagnosticBag diagnostics)
    {
        var reader = new MappingReader(mapping, diagnostics, ModuleProperties, "a module");
        var key = reader.Scalar("key", required: true);
        var keyValid = key is not null && CatalogKey.Check(key, diagnostics, "Module key");
        var title = LocalizedTextReader.Read(reader, "title", required: true);
        var texts = new List<LocalizedText>();
        foreach (var node in reader.Sequence("texts") ?? [])
            if (LocalizedTextReader.Read(node, "texts", diagnostics) is { } text) texts.Add(text);
        var steps = new List<ProgramStep>();
        var nodes = reader.Sequence("steps", required: true);
        if (nodes is [])
            diagnostics.Report(DiagnosticCodes.ProgramWithoutSteps, reader.SpanOf("steps"), "A module needs at least one step.");
        foreach (var node in nodes ?? [])
        {
            if (ReadStep(node, forms, diagnostics) is not { } step) continue;
            if (steps.Exists(s => s.Key == step.Key))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateProgramEntry, ((YamlMapping)node).Find("key")!.Value.Span, $"Step '{step.Key}' is given twice in this module.");
                continue;
            }
            steps.Add(step);
        }
        return keyValid && key is not null && title is not null ? new ProgramModule(key.Value, title, texts, steps) : null;
    }

    private static ProgramStep? ReadStep(YamlNode node, IReadOnlyDictionary<string, CompiledForm> forms, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "A step must be a mapping with key, kind and title.");
            return null;
        }
        var reader = new MappingReader(mapping, diagnostics, StepProperties, "a step");
        var key = reader.Scalar("key", required: true);
        var keyValid = key is not null && CatalogKey.Check(key, diagnostics, "Step key");
        StepKind? kind = null;
        if (reader.Node("kind") is null or YamlScalar { IsNull: true }) reader.Missing("kind");
        else kind = reader.Enum("kind", StepKinds);
        var title = LocalizedTextReader.Read(reader, "title", required: true);
        var text = LocalizedTextReader.Read(reader, "text");
        var formKey = reader.Scalar("form");
        CompiledForm? form = null;
        switch (kind)
        {
            case StepKind.Form when formKey is null:
                diagnostics.Report(DiagnosticCodes.StepDoesNotFitKind, mapping.Span, "A form step needs 'form': the key of a form in the program's forms/ folder.");
                break;
            case StepKind.Form:
                form = FindForm(formKey!, forms, diagnostics);
                break;
            case StepKind.Read or StepKind.Message when formKey is not null:
                diagnostics.Report(DiagnosticCodes.StepDoesNotFitKind, formKey.Span, $"Only a form step has a 'form'; this step is of kind '{reader.String("kind")}'.");
                break;
            case StepKind.Read when text is null:
                diagnostics.Report(DiagnosticCodes.StepDoesNotFitKind, mapping.Span, "A read step needs 'text': what the resident reads.");
                break;
        }
        if (!keyValid || key is null || kind is not { } stepKind || title is null || (stepKind == StepKind.Form && form is null)) return null;
        return new ProgramStep(key.Value, stepKind, title, text, form);
    }

    private static CompiledForm? FindForm(YamlScalar key, IReadOnlyDictionary<string, CompiledForm> forms, DiagnosticBag diagnostics)
    {
        if (forms.TryGetValue(key.Value, out var form)) return form;
        diagnostics.Report(DiagnosticCodes.UnknownStepForm, key.Span,
            $"Form '{key.Value}' is not in the program's forms/ folder (or has errors).{DidYouMean.Suggest(key.Value, forms.Keys)}");
        return null;
    }
}
