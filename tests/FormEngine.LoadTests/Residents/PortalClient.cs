using System.Net;

namespace FormEngine.LoadTests.Residents;

/// <summary>
/// One HTTP connection pool shared by every virtual resident, as a reverse proxy in front of the host would be.
/// Cookies are carried by each resident itself (a header), not by the handler, so one pool serves them all.
/// </summary>
public static class PortalClient
{
    public static HttpClient For(Uri address) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        MaxConnectionsPerServer = int.MaxValue,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>The <c>name=value</c> pairs of a response's Set-Cookie headers.</summary>
    public static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';', 2)[0]) : [];
}
