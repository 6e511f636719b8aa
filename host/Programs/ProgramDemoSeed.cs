using System.Text.Json.Nodes;
using FormEngine.Host.Demo;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Programs;

/// <summary>
/// Demo data: Stina Stressdal (fictitious, host/Demo/residents.yaml) follows "Hantera stress" with the demo
/// behandlare Helena Behandlarsson at Vårdcentralen Eksjö; module 1 is done (its stress scale sent and recorded,
/// a message each way) and module 2 is open. Added only when she has no assignment yet.
/// </summary>
public sealed class ProgramDemoSeed(IDbContextFactory<PortalDbContext> contexts, ProgramLibrary library, TimeProvider clock) : IDemoSeed
{
    public const string Resident = "198703126287";
    public const string Behandlare = "SE2321000065-P00000000041";
    public const string Clinic = "vc-eksjo";
    public const string ProgramKey = "stress-kbt";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (library.Find(ProgramKey) is not { Modules.Count: >= 2 } program) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Residents.AnyAsync(r => r.Personnummer == Resident, cancellationToken)) return;
        if (await db.ProgramAssignments.AnyAsync(a => a.ResidentPersonnummer == Resident, cancellationToken)) return;

        var now = clock.GetUtcNow();
        var started = now.AddDays(-8);
        var id = Guid.NewGuid().ToString("N");
        var first = program.Modules[0];
        db.ProgramAssignments.Add(new ProgramAssignment
        {
            Id = id, ProgramKey = program.Key, ProgramVersion = program.Version, ResidentPersonnummer = Resident,
            BehandlareHsaId = Behandlare, ClinicKey = Clinic, CurrentModuleKey = program.Modules[1].Key,
            StartedAt = started, UpdatedAt = now.AddDays(-1), ModuleOpenedAt = now.AddDays(-1),
        });
        foreach (var step in first.FormSteps)
        {
            db.ProgramStepSubmissions.Add(new ProgramStepSubmission
            {
                Id = Guid.NewGuid().ToString("N"), AssignmentId = id, ModuleKey = first.Key, StepKey = step.Key,
                FormKey = step.Form!.Key, FormVersion = step.Form.Version, Answers = DemoAnswers(step.Form.Key).ToJsonString(),
                SubmittedBy = Resident, SubmittedAt = started.AddDays(2), RecordedAt = started.AddDays(2),
            });
        }
        db.ProgramMessages.Add(new ProgramMessage
        {
            AssignmentId = id, FromBehandlare = false, Author = Resident, SentAt = started.AddDays(2),
            Text = "Hej! Jag hoppas kunna sova bättre och sluta känna mig jagad hela tiden. Mest stressar jobbet, särskilt mejlen på kvällarna.",
        });
        db.ProgramMessages.Add(new ProgramMessage
        {
            AssignmentId = id, FromBehandlare = true, Author = Behandlare, SentAt = now.AddDays(-1),
            Text = "Hej Stina! Tack för att du berättar. Nu har jag öppnat nästa modul, där du registrerar stressande situationer. Hör av dig om något känns oklart.",
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Answers of the demo program's forms; only the stress scale is in module 1.</summary>
    private static JsonObject DemoAnswers(string formKey) => formKey switch
    {
        "stresskala" => new JsonObject
        {
            ["overwhelmed"] = "3", ["irritated"] = "2", ["tense"] = "3", ["in_control"] = "1", ["recovered"] = "1",
            ["comment"] = "En tung vecka med mycket på jobbet.",
        },
        _ => [],
    };
}
