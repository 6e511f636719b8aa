namespace FormEngine.Host.Ombud;

/// <summary>A child the guardian may act for right now.</summary>
public sealed record Represented(string Personnummer, string Name);
