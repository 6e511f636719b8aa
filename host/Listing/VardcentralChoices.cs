using FormEngine.Catalog;
using FormEngine.Forms;
using FormEngine.Host.Cases;
using FormEngine.Host.Definitions;
using FormEngine.Persistence.Portal;
using FormEngine.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Listing;

/// <summary>Fills the vårdval form's list of vårdcentraler from the catalogue (<see cref="VardvalRules.Choices"/>).</summary>
public sealed class VardcentralChoices(DefinitionLibrary library, IDbContextFactory<PortalDbContext> contexts) : IResidentDataSource
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>> None = new Dictionary<string, IReadOnlyList<ExternalChoice>>();

    public async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<ExternalChoice>>> ListsForAsync(
        string personnummer, Clinic clinic, CompiledForm form, CancellationToken cancellationToken = default)
    {
        if (!form.Definition.ExternalLists.Any(l => l.Name == VardvalRules.ChoicesList)) return None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var protectedIdentity = await db.Residents.AsNoTracking()
            .Where(r => r.Personnummer == personnummer).Select(r => r.ProtectedIdentity).FirstOrDefaultAsync(cancellationToken);
        return new Dictionary<string, IReadOnlyList<ExternalChoice>>(StringComparer.Ordinal)
        {
            [VardvalRules.ChoicesList] = VardvalRules.Choices(library.Catalog, protectedIdentity),
        };
    }
}
