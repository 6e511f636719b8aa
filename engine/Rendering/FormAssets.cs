using System.Security.Cryptography;
using System.Text;

namespace FormEngine.Rendering;

/// <summary>
/// The stylesheet and the browser script the rendered forms use, embedded in the engine. Serve the script as
/// its own file (the host at e.g. <c>/assets/formengine.js</c>): it is never inlined, so pages work under a
/// Content-Security-Policy without <c>unsafe-inline</c> or <c>unsafe-eval</c>.
/// </summary>
public static class FormAssets
{
    public const string CssFileName = "formengine.css";
    public const string ScriptFileName = "formengine.js";

    /// <summary>Mobile-first styles: readable type, visible focus, 44px touch targets, error states.</summary>
    public static string Css { get; } = Read(CssFileName);

    /// <summary>
    /// Progressive enhancement only: shows and hides fields with <c>data-fe-when</c> by interpreting the JSON
    /// expression tree (no eval, no new Function), and updates computed values as the resident types.
    /// </summary>
    public static string Script { get; } = Read(ScriptFileName);

    /// <summary>A short content hash of both assets, for cache-busting URLs and ETags.</summary>
    public static string Version { get; } =
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css + "\0" + Script)))[..12];

    private static string Read(string name)
    {
        var resource = $"FormEngine.Rendering.Assets.{name}";
        using var stream = typeof(FormAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The engine was built without its embedded asset {resource}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
