using FormEngine.Catalog;
using FormEngine.Forms;
using FormEngine.Persistence.Portal;
using FormEngine.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// What a resident's form is filled in with: the clinic's offer (its lists), the resident's own lists from every
/// <see cref="IResidentDataSource"/>, who they are (for prefills) and today's Swedish date. The page and the
/// intake build the context the same way, so what was offered is what is accepted.
/// </summary>
public sealed class ResidentFormContexts(
    IDbContextFactory<PortalDbContext> contexts, IEnumerable<IResidentDataSource> residentData, TimeProvider clock)
{
    public async Task<FormContext> ForAsync(string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default)
    {
        var resident = await ResidentAsync(personnummer, cancellationToken);
        var lists = new Dictionary<string, IReadOnlyList<ExternalChoice>>(StringComparer.Ordinal);
        foreach (var source in residentData)
            foreach (var (name, choices) in await source.ListsForAsync(personnummer, clinic, form, cancellationToken))
                lists[name] = choices;
        return clinic.ContextFor(form.Key, FormContext.SwedishToday(clock), resident, lists);
    }

    /// <summary>
    /// The context without the resident's external lists: enough for a form's eligibility, which may read who the
    /// resident is and today's date but never a choice, so the clinic page does not query the registers per form.
    /// </summary>
    public FormContext WithoutResidentLists(Clinic clinic, CompiledForm form, ResidentInfo resident) =>
        clinic.ContextFor(form.Key, FormContext.SwedishToday(clock), resident);

    public async Task<ResidentInfo> ResidentAsync(string personnummer, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Residents.AsNoTracking()
            .Where(r => r.Personnummer == personnummer)
            .Select(r => new ResidentInfo(r.Personnummer, r.Name, r.Email, r.Phone))
            .FirstOrDefaultAsync(cancellationToken) ?? new ResidentInfo(personnummer);
    }
}
