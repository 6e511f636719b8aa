using System.Xml.Linq;
using FormEngine.Persistence.Portal;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Operations;

/// <summary>
/// The data protection key ring in the portal database. The package's own repository resolves a scoped
/// <see cref="PortalDbContext"/>, which this host does not register (it hands out contexts from a pooled factory),
/// so this one does the same two things on the factory. Data protection calls it synchronously, rarely (start,
/// key rotation, an unknown key id), and never on a request's hot path once the ring is cached.
/// </summary>
public sealed class DatabaseKeyRepository(IDbContextFactory<PortalDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return [.. db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable()
            .Where(xml => !string.IsNullOrEmpty(xml)).Select(xml => XElement.Parse(xml!))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
