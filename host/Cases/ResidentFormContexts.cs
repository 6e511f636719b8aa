using FormEngine.Catalog;
using FormEngine.Forms;
using FormEngine.Persistence.Portal;
using FormEngine.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// What a resident's form is filled in with: the clinic's offer (its lists), the resident's own lists from
/// <see cref="IResidentDataSource"/>, who they are (for prefills) and today's Swedish date. The page and the
/// intake build the context the same way, so what was offered is what is accepted.
/// </summary>
public sealed class ResidentFormContexts(
    IDbContextFactory<PortalDbContext> contexts, IResidentDataSource residentData, TimeProvider clock, IEnumerable<IFormListSource> listSources)
{
    public async Task<FormContext> ForAsync(string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var resident = await db.Residents.AsNoTracking()
            .Where(r => r.Personnummer == personnummer)
            .Select(r => new ResidentInfo(r.Personnummer, r.Name, r.Email, r.Phone))
            .FirstOrDefaultAsync(cancellationToken) ?? new ResidentInfo(personnummer);
        var lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>(await residentData.ListsForAsync(personnummer, clinic, form, cancellationToken), StringComparer.Ordinal);
        foreach (var source in listSources)
            foreach (var (name, choices) in await source.ListsForAsync(personnummer, clinic, form, cancellationToken))
                lists[name] = choices;
        return clinic.ContextFor(form.Key, FormContext.SwedishToday(clock), resident, lists);
    }
}
