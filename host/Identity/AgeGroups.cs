namespace FormEngine.Host.Identity;

/// <summary>The age groups login statistics are counted in (never the birth date itself).</summary>
public static class AgeGroups
{
    public static string For(int age) => age switch
    {
        < 18 => "0-17",
        < 30 => "18-29",
        < 40 => "30-39",
        < 50 => "40-49",
        < 60 => "50-59",
        < 70 => "60-69",
        < 80 => "70-79",
        _ => "80+",
    };
}
