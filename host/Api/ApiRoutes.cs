namespace FormEngine.Host.Api;

/// <summary>Where the API lives. The version is in the path so a v2 can run beside v1.</summary>
public static class ApiRoutes
{
    public const string Prefix = "/api";
    public const string V1 = "/api/v1";
}
