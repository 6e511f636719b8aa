using FormEngine.Definitions;

namespace FormEngine.Catalog;

/// <summary>A group at a clinic that cases are routed to, e.g. the nurses or the doctors.</summary>
public sealed record ClinicQueue(string Key, LocalizedText Name);
