using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;

namespace FormEngine.Rendering.Templates;

/// <summary>
/// Renders a field type's Scriban template once, with the static field model and a marker in place of every
/// <c>{{ slot.* }}</c>. Field-type templates are code, not author input: a template that does not parse is a
/// programming error and throws.
/// </summary>
internal static class SentinelRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Parsed = new(StringComparer.Ordinal);

    /// <summary>Every slot as its marker; options carry their own per-option markers.</summary>
    private static readonly ScriptObject SlotMarkers = CreateSlotMarkers();

    public static string Render(string templateText, ScriptObject field)
    {
        if (templateText.Length == 0) return "";
        var template = Parsed.GetOrAdd(templateText, static text =>
        {
            var parsed = Template.Parse(text);
            if (parsed.HasErrors)
                throw new InvalidOperationException($"Field template does not parse: {string.Join("; ", parsed.Messages)}\n{text}");
            return parsed;
        });
        var globals = new ScriptObject { ["field"] = field, ["slot"] = SlotMarkers };
        var context = new TemplateContext { StrictVariables = false, LoopLimit = 100_000 };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static ScriptObject CreateSlotMarkers()
    {
        var slots = new ScriptObject();
        foreach (var slot in Slots.All)
            if (!Slots.IsPerOption(slot))
                slots[Slots.NameOf(slot)] = Sentinel.For(slot);
        return slots;
    }
}
