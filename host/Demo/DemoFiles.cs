using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FormEngine.Host.Demo;

/// <summary>The demo seed files (Demo/residents.yaml, Demo/staff.yaml), as written.</summary>
public sealed class ResidentsFile
{
    public string Region { get; set; } = "";
    public List<DemoResident> Residents { get; set; } = [];
}

public sealed class DemoResident
{
    /// <summary>A name other entries refer to (guardian_of); optional.</summary>
    public string? Id { get; set; }
    public string? Personnummer { get; set; }
    public string Name { get; set; } = "";
    public int? Age { get; set; }
    public int DaysPastBirthday { get; set; }
    public string? Serial { get; set; }
    public string Status { get; set; } = "active";
    public bool ProtectedIdentity { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Region { get; set; }
    public List<string> GuardianOf { get; set; } = [];
}

public sealed class StaffFile
{
    public List<DemoStaff> Staff { get; set; } = [];
}

public sealed class DemoStaff
{
    public string HsaId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public List<DemoRole> Roles { get; set; } = [];
}

public sealed class DemoRole
{
    public string Role { get; set; } = "";
    public string? Clinic { get; set; }
    public string? Region { get; set; }
}

/// <summary>Reads the seed files from the content root's Demo folder, else from beside the app.</summary>
public static class DemoFiles
{
    public const string Folder = "Demo";
    public const string ResidentsFileName = "residents.yaml";
    public const string StaffFileName = "staff.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static ResidentsFile ReadResidents(string contentRoot) => Read<ResidentsFile>(contentRoot, ResidentsFileName);

    public static StaffFile ReadStaff(string contentRoot) => Read<StaffFile>(contentRoot, StaffFileName);

    private static T Read<T>(string contentRoot, string name) where T : new()
    {
        var path = new[] { Path.Combine(contentRoot, Folder, name), Path.Combine(AppContext.BaseDirectory, Folder, name) }
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"The demo seed file {Folder}/{name} is missing.", name);
        return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? new T();
    }
}
