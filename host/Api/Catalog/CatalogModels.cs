using System.Text.Json.Nodes;
using FormEngine.Catalog;
using FormEngine.Definitions;
using FormEngine.Forms;

namespace FormEngine.Host.Api.Catalog;

/// <summary>A definition's text as JSON: one entry per language it gives, keyed by code ("sv", "en").</summary>
internal static class LocalizedJson
{
    public static IReadOnlyDictionary<string, string> From(LocalizedText text) =>
        text.Languages.ToDictionary(l => l, text.In, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string>? FromOptional(LocalizedText? text) => text is null ? null : From(text);
}

public sealed record ClinicDto(string Key, string Name, string Kind, string Municipality, string? Address, string? Phone, string RegionKey, string? RegionName)
{
    public static ClinicDto From(Clinic clinic, ClinicCatalog catalog) => new(
        clinic.Key, clinic.Name, clinic.Kind == ClinicKind.Vardcentral ? "vardcentral" : "specialist", clinic.Municipality,
        clinic.Address, clinic.Phone, clinic.RegionKey, catalog.RegionOf(clinic)?.Name);
}

/// <summary>An e-service in a list: enough to choose it.</summary>
public sealed record EServiceSummaryDto(
    string Key, int Version, IReadOnlyDictionary<string, string> Title, IReadOnlyDictionary<string, string>? Description, string Category)
{
    public static EServiceSummaryDto From(CompiledForm form) => new(
        form.Key, form.Version, LocalizedJson.From(form.Title), LocalizedJson.FromOptional(form.Definition.Description), form.Definition.Category);
}

public sealed record PageDto(string Key, IReadOnlyDictionary<string, string> Title);

/// <summary>The current version of an e-service: what a client needs to build and check the form itself.</summary>
/// <param name="Schema">The JSON Schema 2020-12 of the answers (the server validates again on submit).</param>
public sealed record EServiceDto(
    string Key, int Version, string ContentHash, IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string>? Description, string Category, string Flow, int? ReplyTimeDays,
    IReadOnlyList<string> Languages, IReadOnlyDictionary<string, string>? Terms, IReadOnlyList<PageDto> Pages,
    IReadOnlyList<string> ExternalLists, JsonNode Schema)
{
    public static EServiceDto From(CompiledForm form) => new(
        form.Key, form.Version, form.ContentHash, LocalizedJson.From(form.Title), LocalizedJson.FromOptional(form.Definition.Description),
        form.Definition.Category, form.Definition.Flow == FlowType.StaffInitiated ? "staff-initiated" : "resident-initiated",
        form.Definition.ReplyTimeDays, form.Definition.Languages, LocalizedJson.FromOptional(form.Definition.Terms),
        [.. form.Pages.Select(p => new PageDto(p.Key, LocalizedJson.From(p.Title)))],
        [.. form.Definition.ExternalLists.Select(l => l.Name)],
        JsonNode.Parse(form.JsonSchema)!);
}
