using System.Text.Json.Nodes;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Programs;
using FormEngine.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Programs;

public abstract record StepResult
{
    public sealed record Sent(string SubmissionId) : StepResult;
    public sealed record Invalid(SubmissionResult Result) : StepResult;
    /// <summary>Not a form step of an open module of the resident's assignment, or already sent.</summary>
    public sealed record NotOpen : StepResult;
}

/// <summary>A form step the resident may fill in now: its assignment, module, step and compiled form.</summary>
public sealed record OpenStep(ProgramProgress Progress, ProgramModule Module, ProgramStep Step)
{
    public Forms.CompiledForm Form => Step.Form!;
}

/// <summary>
/// The resident's side of Stöd och behandling. <c>personnummer</c> is whom the program is for (the signed-in
/// resident, or the child a guardian acts for); another resident's assignment does not exist here. A step form is
/// stored with its workflow-start row and the removal of its draft in one transaction: sent completely, or not at all.
/// </summary>
public sealed partial class ResidentPrograms(
    IDbContextFactory<PortalDbContext> contexts, ProgramLibrary library, DefinitionLibrary definitions,
    ResidentFormContexts formContexts, WorkflowStartOutbox outbox, TimeProvider clock, ILogger<ResidentPrograms> logger)
{
    public async Task<IReadOnlyList<ProgramProgress>> ListAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignments = await db.ProgramAssignments.AsNoTracking().Where(a => a.ResidentPersonnummer == personnummer).ToListAsync(cancellationToken);
        var list = new List<ProgramProgress>();
        foreach (var assignment in assignments.OrderByDescending(a => a.StartedAt))
            if (await ProgramReads.ProgressAsync(db, library, assignment, cancellationToken) is { } progress) list.Add(progress);
        return list;
    }

    public async Task<ProgramProgress?> FindAsync(string personnummer, string assignmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignment = await db.ProgramAssignments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == assignmentId && a.ResidentPersonnummer == personnummer, cancellationToken);
        return await ProgramReads.ProgressAsync(db, library, assignment, cancellationToken);
    }

    /// <summary>The form step, when its module is open and it has not been sent yet.</summary>
    public async Task<OpenStep?> FindStepAsync(string personnummer, string assignmentId, string moduleKey, string stepKey, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(personnummer, assignmentId, cancellationToken) is not { } progress) return null;
        if (progress.Program.FindModule(moduleKey) is not { } module || !progress.IsOpen(module)) return null;
        if (module.FindStep(stepKey) is not { Kind: StepKind.Form, Form: not null } step || progress.SubmissionFor(module, step) is not null) return null;
        return new OpenStep(progress, module, step);
    }

    public async Task<FormContext> ContextAsync(string personnummer, OpenStep step, CancellationToken cancellationToken = default) =>
        definitions.Catalog.FindClinic(step.Progress.Assignment.ClinicKey) is { } clinic
            ? await formContexts.ForAsync(personnummer, clinic, step.Form, cancellationToken)
            : new FormContext { Today = FormContext.SwedishToday(clock) };

    /// <param name="signedIn">Who sends it: the resident, or the guardian acting as ombud.</param>
    public async Task<StepResult> SubmitAsync(string personnummer, string signedIn, string assignmentId, string moduleKey, string stepKey,
        JsonObject answers, CancellationToken cancellationToken = default)
    {
        if (await FindStepAsync(personnummer, assignmentId, moduleKey, stepKey, cancellationToken) is not { } step) return new StepResult.NotOpen();
        var result = SubmissionPipeline.Process(step.Form, answers, await ContextAsync(personnummer, step, cancellationToken));
        if (!result.IsValid) return new StepResult.Invalid(result);

        var now = clock.GetUtcNow();
        var id = Guid.NewGuid().ToString("N");
        var assignment = step.Progress.Assignment;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ProgramStepSubmissions.Add(new ProgramStepSubmission
        {
            Id = id, AssignmentId = assignment.Id, ModuleKey = step.Module.Key, StepKey = step.Step.Key,
            FormKey = step.Form.Key, FormVersion = step.Form.Version, Answers = result.Data.ToJsonString(),
            SubmittedBy = signedIn, SubmittedAt = now,
        });
        db.WorkflowStarts.Add(new WorkflowStartRequest
        {
            CaseId = id,
            DefinitionId = step.Form.Definition.Workflow,
            Inputs = new JsonObject
            {
                ["stepSubmissionId"] = id,
                ["assignmentId"] = assignment.Id,
                ["programKey"] = assignment.ProgramKey,
                ["moduleKey"] = step.Module.Key,
                ["stepKey"] = step.Step.Key,
                ["clinicKey"] = assignment.ClinicKey,
            }.ToJsonString(),
            CreatedAt = now,
        });
        if (await db.ProgramAssignments.FirstOrDefaultAsync(a => a.Id == assignment.Id, cancellationToken) is { } tracked) tracked.UpdatedAt = now;
        var draftId = ProgramDrafts.IdFor(assignment.Id, step.Module.Key, step.Step.Key);
        if (await db.Drafts.FirstOrDefaultAsync(d => d.Id == draftId && d.ResidentPersonnummer == signedIn, cancellationToken) is { } draft)
            db.Drafts.Remove(draft);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The step was sent a moment ago (another tab, a double click): the unique index kept the first.
            return new StepResult.NotOpen();
        }
        outbox.Nudge(id);
        StepStored(logger, id, assignment.ProgramKey, step.Module.Key, step.Step.Key);
        return new StepResult.Sent(id);
    }

    /// <summary>A message to the behandlare; false when the assignment is not the resident's.</summary>
    public async Task<bool> WriteAsync(string personnummer, string signedIn, string assignmentId, string text, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignment = await db.ProgramAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.ResidentPersonnummer == personnummer, cancellationToken);
        if (assignment is null) return false;
        var now = clock.GetUtcNow();
        db.ProgramMessages.Add(new ProgramMessage { AssignmentId = assignment.Id, FromBehandlare = false, Author = signedIn, Text = text, SentAt = now });
        assignment.NewForBehandlare = true;
        assignment.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Program step {SubmissionId} stored: program {ProgramKey}, module {ModuleKey}, step {StepKey}")]
    private static partial void StepStored(ILogger logger, string submissionId, string programKey, string moduleKey, string stepKey);
}
