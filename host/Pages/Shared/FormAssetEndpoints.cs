using FormEngine.Rendering;
using Microsoft.Net.Http.Headers;

namespace FormEngine.Host.Pages.Shared;

/// <summary>
/// The form renderer's stylesheet and script (embedded in the engine) at <see cref="CssUrl"/> and
/// <see cref="ScriptUrl"/>. The URLs carry the assets' content hash, so browsers may cache them for a year.
/// </summary>
public static class FormAssetEndpoints
{
    public const string CssPath = "/assets/" + FormAssets.CssFileName;
    public const string ScriptPath = "/assets/" + FormAssets.ScriptFileName;
    public static readonly string CssUrl = $"{CssPath}?v={FormAssets.Version}";
    public static readonly string ScriptUrl = $"{ScriptPath}?v={FormAssets.Version}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CssPath, (HttpContext context) => Serve(context, FormAssets.Css, "text/css; charset=utf-8")).AllowAnonymous();
        endpoints.MapGet(ScriptPath, (HttpContext context) => Serve(context, FormAssets.Script, "text/javascript; charset=utf-8")).AllowAnonymous();
    }

    private static IResult Serve(HttpContext context, string content, string contentType)
    {
        var etag = $"\"{FormAssets.Version}\"";
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = context.Request.Query["v"] == FormAssets.Version
            ? "public, max-age=31536000, immutable"
            : "public, max-age=300";
        headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Text(content, contentType);
    }
}
