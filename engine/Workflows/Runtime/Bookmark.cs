using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// A suspended activity waiting to be resumed: by its <see cref="Id"/>, or by a stimulus whose
/// <see cref="Hash"/> (SHA-256 of name + stimulus JSON) and correlation id match, or at <see cref="ResumeAt"/>.
/// </summary>
public sealed record Bookmark(
    string Id,
    string InstanceId,
    string ActivityId,
    string Name,
    string Hash,
    string? CorrelationId,
    DateTimeOffset? ResumeAt,
    JsonNode? Payload,
    DateTimeOffset CreatedAt)
{
    public static string HashOf(string name, JsonNode? stimulus) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name + ":" + (stimulus?.ToJsonString() ?? ""))));
}
