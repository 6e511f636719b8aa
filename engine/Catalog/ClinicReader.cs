using FormEngine.Definitions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;
using LocalizedTextReader = FormEngine.Definitions.TextReader;

namespace FormEngine.Catalog;

/// <summary>Reads one clinic of a region: its facts, queues, offers and standard replies.</summary>
internal static class ClinicReader
{
    private static readonly string[] Properties =
        ["key", "name", "kind", "hsa_id", "municipality", "address", "phone", "min_age", "max_age",
         "queues", "offers", "standard_replies", "booking"];
    private static readonly string[] QueueProperties = ["key", "name"];
    private static readonly string[] ReplyProperties = ["key", "title", "text"];

    private static readonly Dictionary<string, ClinicKind> Kinds = new()
    {
        ["vardcentral"] = ClinicKind.Vardcentral,
        ["specialist"] = ClinicKind.Specialist,
    };

    /// <returns>The clinic, or null when anything in it is an error: a half-read clinic could route cases wrongly.</returns>
    public static Clinic? Read(YamlNode node, string regionKey, IReadOnlyDictionary<string, FormDefinition> forms, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "A clinic must be a mapping with key, name, kind, hsa_id, municipality and queues.");
            return null;
        }
        var local = new DiagnosticBag();
        var clinic = new MappingReader(mapping, local, Properties, "a clinic");
        var key = clinic.Scalar("key", required: true);
        if (key is not null) CatalogKey.Check(key, local, "Clinic key");
        var name = clinic.String("name", required: true);
        ClinicKind? kind = null;
        if (clinic.Node("kind") is null or YamlScalar { IsNull: true }) clinic.Missing("kind");
        else kind = clinic.Enum("kind", Kinds);
        var hsaId = clinic.Scalar("hsa_id", required: true);
        if (hsaId is not null && !HsaId.IsValid(hsaId.Value))
            local.Report(DiagnosticCodes.InvalidHsaId, hsaId.Span,
                $"'{hsaId.Value}' is not an HSA-id: write 'SE', the ten-digit organisation number, '-' and the unit part in capitals and digits, e.g. SE2321000065-E000000000101.");
        var municipality = clinic.String("municipality", required: true);
        var address = clinic.String("address");
        var phone = clinic.String("phone");
        var (minAge, maxAge) = ReadAges(clinic);
        var queues = ReadQueues(clinic);
        var offers = OfferReader.ReadAll(clinic.Sequence("offers") ?? [], queues, forms, local);
        var replies = ReadReplies(clinic.Sequence("standard_replies") ?? [], local);
        var booking = BookingReader.Read(clinic.Mapping("booking"), kind, local);

        diagnostics.AddRange(local.Items);
        if (local.HasErrors || key is null || name is null || kind is null || hsaId is null || municipality is null) return null;
        return new Clinic
        {
            Key = key.Value,
            Name = name,
            Kind = kind.Value,
            HsaId = hsaId.Value,
            Municipality = municipality,
            Address = address,
            Phone = phone,
            RegionKey = regionKey,
            Queues = queues,
            Offers = offers,
            StandardReplies = replies,
            MinAge = minAge,
            MaxAge = maxAge,
            Booking = booking,
            Span = mapping.Span,
        };
    }

    private static (int? Min, int? Max) ReadAges(MappingReader clinic)
    {
        var min = clinic.Int("min_age", min: 0);
        var max = clinic.Int("max_age", min: 0);
        if (min > max)
            clinic.Diagnostics.Report(DiagnosticCodes.InvalidRange, clinic.SpanOf("max_age"), $"'max_age' {max} is below 'min_age' {min}.");
        return (min, max);
    }

    private static List<ClinicQueue> ReadQueues(MappingReader clinic)
    {
        var queues = new List<ClinicQueue>();
        var nodes = clinic.Sequence("queues");
        foreach (var node in nodes ?? [])
        {
            if (node is not YamlMapping mapping)
            {
                clinic.Diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "A queue must be a mapping with key and name.");
                continue;
            }
            var queue = new MappingReader(mapping, clinic.Diagnostics, QueueProperties, "a queue");
            var key = queue.Scalar("key", required: true);
            var name = LocalizedTextReader.Read(queue, "name", required: true);
            if (key is null || !CatalogKey.Check(key, clinic.Diagnostics, "Queue key") || name is null) continue;
            if (queues.Exists(q => q.Key == key.Value))
            {
                clinic.Diagnostics.Report(DiagnosticCodes.DuplicateClinicEntry, key.Span, $"Queue '{key.Value}' is given twice in this clinic.");
                continue;
            }
            queues.Add(new ClinicQueue(key.Value, name));
        }
        // Only a missing or empty list: a list whose queues are all broken already has errors of its own.
        if (nodes is null or [])
            clinic.Diagnostics.Report(DiagnosticCodes.ClinicWithoutQueues, nodes is null ? clinic.Span : clinic.SpanOf("queues"),
                "A clinic needs at least one queue for its cases; the first one is the default.");
        return queues;
    }

    private static List<StandardReply> ReadReplies(IReadOnlyList<YamlNode> nodes, DiagnosticBag diagnostics)
    {
        var replies = new List<StandardReply>();
        foreach (var node in nodes)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "A standard reply must be a mapping with key, title and text.");
                continue;
            }
            var reply = new MappingReader(mapping, diagnostics, ReplyProperties, "a standard reply");
            var key = reply.Scalar("key", required: true);
            var title = reply.String("title", required: true);
            var text = reply.String("text", required: true);
            if (key is null || !CatalogKey.Check(key, diagnostics, "Standard reply key") || title is null || text is null) continue;
            if (replies.Exists(r => r.Key == key.Value))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateClinicEntry, key.Span, $"Standard reply '{key.Value}' is given twice in this clinic.");
                continue;
            }
            replies.Add(new StandardReply(key.Value, title, text));
        }
        return replies;
    }
}
