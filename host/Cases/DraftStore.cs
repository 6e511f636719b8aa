using System.Text.Json.Nodes;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// Half-filled forms: saved on every page the resident leaves, resumed from "Fortsätt med utkast", removed by the
/// intake's commit. Every method takes the owner's personnummer; another resident's draft is simply not found.
/// </summary>
public sealed class DraftStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<Draft?> FindAsync(string personnummer, string draftId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == draftId && d.ResidentPersonnummer == personnummer, cancellationToken);
    }

    /// <summary>The resident's e-service drafts, most recently changed first (treatment-program step drafts live on their program's pages).</summary>
    public async Task<IReadOnlyList<Draft>> ListAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = await db.Drafts.AsNoTracking()
            .Where(d => d.ResidentPersonnummer == personnummer && !d.Id.StartsWith(Programs.ProgramDrafts.Prefix)).ToListAsync(cancellationToken);
        return [.. drafts.OrderByDescending(d => d.UpdatedAt)];
    }

    /// <summary>
    /// Creates or updates the draft <paramref name="draftId"/> (an id the form page chose). False when that id
    /// belongs to another resident or another form: the caller starts a new draft instead.
    /// </summary>
    public async Task<bool> SaveAsync(string personnummer, string draftId, string clinicKey, string formKey, int formVersion,
        JsonObject answers, int page, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var draft = await db.Drafts.FirstOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null)
        {
            db.Drafts.Add(new Draft
            {
                Id = draftId, ResidentPersonnummer = personnummer, SubjectPersonnummer = personnummer,
                ClinicKey = clinicKey, FormKey = formKey, FormVersion = formVersion,
                Answers = answers.ToJsonString(), Page = page, CreatedAt = now, UpdatedAt = now,
            });
        }
        else
        {
            if (draft.ResidentPersonnummer != personnummer || draft.FormKey != formKey || draft.ClinicKey != clinicKey) return false;
            draft.Answers = answers.ToJsonString();
            draft.Page = page;
            draft.UpdatedAt = now;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two tabs created the same draft at once: the other one won, and this save can be repeated by the resident.
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string personnummer, string draftId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Drafts.Where(d => d.Id == draftId && d.ResidentPersonnummer == personnummer).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public static JsonObject AnswersOf(Draft draft) => JsonNode.Parse(draft.Answers) as JsonObject ?? [];
}
