namespace FormEngine.Catalog;

/// <summary>
/// A region's vårdval settings (its catalogue file's <c>vardval:</c> block). A region without the block takes no part
/// in vårdval through FormEngine: its vårdcentraler are not offered when a resident chooses where to be listed.
/// </summary>
/// <param name="HiddenForProtectedIdentity">
/// Regions differ in whether a resident with skyddad identitet may see and change their listing on the web
/// (some require it done in person so that no listing trail is exposed); when true the service is hidden for them.
/// </param>
public sealed record VardvalSettings(bool HiddenForProtectedIdentity)
{
    /// <summary>The e-service (form key) a resident changes their listing with; every vårdcentral offers it.</summary>
    public const string EService = "vardval";
}
