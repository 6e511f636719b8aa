using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace FormEngine.Host.Api.Authentication;

/// <summary>
/// The portal principal of each live token, so a token signs in once (one Login row) and later requests skip the
/// database. Bounded: when full, the least recently used tokens sign in again on their next request.
/// </summary>
internal sealed class TokenPrincipalCache : IDisposable
{
    private const int Capacity = 100_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.1 });

    public ClaimsPrincipal? Find(string key) => _cache.TryGetValue(key, out ClaimsPrincipal? principal) ? principal : null;

    public void Add(string key, ClaimsPrincipal principal, DateTimeOffset expires) =>
        _cache.Set(key, principal, new MemoryCacheEntryOptions { AbsoluteExpiration = expires, Size = 1 });

    public void Dispose() => _cache.Dispose();
}
