using FormEngine.Definitions;
using FormEngine.Definitions.Yaml;
using FormEngine.Diagnostics;
using FormEngine.Submissions;
using LocalizedTextReader = FormEngine.Definitions.TextReader;

namespace FormEngine.Catalog;

/// <summary>
/// Reads a clinic's offers and checks each against the forms: the e-service must exist, its queue must be one of
/// the clinic's, and every list must be one the form declares under <c>external_lists</c>.
/// </summary>
internal static class OfferReader
{
    private static readonly string[] Properties = ["eservice", "queue", "lists", "residents"];
    private static readonly string[] ChoiceProperties = ["code", "label"];

    /// <summary>Domain rule: a clinic that prescribes offers both renewals; offering only one of them is a slip.</summary>
    private static readonly string[] Prescribing = ["fornya-recept", "fornya-hjalpmedel"];

    /// <summary>Domain rule: every clinic takes opinions and complaints.</summary>
    public const string Complaints = "synpunkter-klagomal";

    public static List<ClinicOffer> ReadAll(IReadOnlyList<YamlNode> nodes, IReadOnlyList<ClinicQueue> queues,
        IReadOnlyDictionary<string, FormDefinition> forms, DiagnosticBag diagnostics)
    {
        var offers = new List<ClinicOffer>();
        foreach (var node in nodes)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, node.Span, "An offer must be a mapping with eservice, and optionally queue and lists.");
                continue;
            }
            if (Read(mapping, queues, forms, diagnostics) is not { } offer) continue;
            if (offers.Exists(o => o.EService == offer.EService))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateClinicEntry, offer.Span, $"E-service '{offer.EService}' is offered twice by this clinic.");
                continue;
            }
            offers.Add(offer);
        }
        CheckPrescribing(offers, forms, diagnostics);
        CheckComplaints(offers, forms, diagnostics);
        return offers;
    }

    private static ClinicOffer? Read(YamlMapping mapping, IReadOnlyList<ClinicQueue> queues,
        IReadOnlyDictionary<string, FormDefinition> forms, DiagnosticBag diagnostics)
    {
        var offer = new MappingReader(mapping, diagnostics, Properties, "an offer");
        var eservice = offer.Scalar("eservice", required: true);
        FormDefinition? form = null;
        if (eservice is not null && !forms.TryGetValue(eservice.Value, out form))
            diagnostics.Report(DiagnosticCodes.UnknownEService, eservice.Span,
                $"No e-service '{eservice.Value}'.{DidYouMean.Suggest(eservice.Value, forms.Keys)}");
        var queue = offer.Scalar("queue");
        if (queue is not null && !queues.Any(q => q.Key == queue.Value))
            diagnostics.Report(DiagnosticCodes.UnknownQueue, queue.Span,
                $"The clinic has no queue '{queue.Value}'.{DidYouMean.Suggest(queue.Value, queues.Select(q => q.Key))}");
        var lists = ReadLists(offer, form, diagnostics);
        var residents = OfferResidents.Read(offer);
        if (eservice is null) return null;
        return new ClinicOffer(eservice.Value, queue?.Value, lists) { Span = eservice.Span, Residents = residents };
    }

    private static Dictionary<string, IReadOnlyList<ExternalChoice>> ReadLists(MappingReader offer, FormDefinition? form, DiagnosticBag diagnostics)
    {
        var lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>(StringComparer.Ordinal);
        foreach (var entry in offer.Mapping("lists")?.Entries ?? [])
        {
            var name = entry.Key.Value;
            // Without a form (unknown e-service) the names cannot be checked; that error is reported already.
            if (form is not null && !form.ExternalLists.Any(l => l.Name == name))
            {
                var declared = form.ExternalLists.Select(l => l.Name).ToList();
                diagnostics.Report(DiagnosticCodes.NotAnExternalList, entry.Key.Span,
                    declared.Count == 0
                        ? $"E-service '{form.Key}' declares no external lists, so it takes no list '{name}'."
                        : $"'{name}' is not an external list of e-service '{form.Key}'.{DidYouMean.Suggest(name, declared)}");
            }
            if (entry.Value is not YamlSequence items)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, entry.Value.Span, $"List '{name}' must be a list of choices (lines starting with '-').");
                continue;
            }
            if (items.Items.Count == 0)
            {
                diagnostics.Report(DiagnosticCodes.EmptyContainer, items.Span, $"List '{name}' has no choices.");
                continue;
            }
            lists[name] = ReadChoices(items, diagnostics);
        }
        return lists;
    }

    private static List<ExternalChoice> ReadChoices(YamlSequence items, DiagnosticBag diagnostics)
    {
        var choices = new List<ExternalChoice>();
        foreach (var item in items.Items)
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, item.Span, "A choice must be a mapping with code and label.");
                continue;
            }
            var choice = new MappingReader(mapping, diagnostics, ChoiceProperties, "a choice");
            var code = choice.Scalar("code", required: true);
            var label = LocalizedTextReader.Read(choice, "label", required: true);
            if (code is null || label is null) continue;
            if (choices.Exists(c => c.Code == code.Value))
            {
                diagnostics.Report(DiagnosticCodes.DuplicateChoiceCode, code.Span, $"Choice code '{code.Value}' is used twice in this list.");
                continue;
            }
            choices.Add(new ExternalChoice(code.Value, label));
        }
        return choices;
    }

    private static void CheckPrescribing(List<ClinicOffer> offers, IReadOnlyDictionary<string, FormDefinition> forms, DiagnosticBag diagnostics)
    {
        var offered = offers.Where(o => Prescribing.Contains(o.EService)).ToList();
        if (offered.Count != 1) return;
        var missing = Prescribing.Single(k => k != offered[0].EService);
        // A form set without the other renewal (an older tree, a test) cannot ask for it.
        if (!forms.ContainsKey(missing)) return;
        diagnostics.Report(DiagnosticCodes.PrescribingOfferIncomplete, offered[0].Span,
            $"The clinic offers '{offered[0].EService}' but not '{missing}': a prescribing clinic offers both.");
    }

    /// <summary>
    /// A clinic in the e-services (it offers something) must offer synpunkter-klagomal. A clinic without offers
    /// (listed only for vårdval, say) is left alone, as is a form set without the e-service (an older tree, a test).
    /// </summary>
    private static void CheckComplaints(List<ClinicOffer> offers, IReadOnlyDictionary<string, FormDefinition> forms, DiagnosticBag diagnostics)
    {
        if (offers.Count == 0 || !forms.ContainsKey(Complaints) || offers.Exists(o => o.EService == Complaints)) return;
        diagnostics.Report(DiagnosticCodes.ComplaintsNotOffered, offers[0].Span,
            $"The clinic offers e-services but not '{Complaints}': every clinic takes opinions and complaints.");
    }
}
