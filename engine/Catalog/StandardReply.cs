namespace FormEngine.Catalog;

/// <summary>A ready-made Swedish answer staff at a clinic pick from and adjust before replying to a case.</summary>
public sealed record StandardReply(string Key, string Title, string Text);
