namespace FormEngine.Host.Tests.Staff;

/// <summary>The demo staff (host/Demo/staff.yaml) and residents (residents.yaml) the staff tests use.</summary>
public static class StaffPeople
{
    /// <summary>Birgitta Mottagare: ärendemottagare and ärendehanterare at vc-eksjo.</summary>
    public const string Birgitta = "SE2321000065-P00000000001";
    /// <summary>Johan Läkarsson: ärendehanterare at vc-eksjo and vc-tranas.</summary>
    public const string Johan = "SE2321000065-P00000000002";
    /// <summary>Karin Undersköterskesson: ärendehanterare at vc-eksjo.</summary>
    public const string Karin = "SE2321000065-P00000000003";
    /// <summary>Peter Hudström: both roles at hudmottagningen-ryhov only.</summary>
    public const string Peter = "SE2321000065-P00000000005";

    /// <summary>Gustav Provström: active, has prescriptions at vc-eksjo.</summary>
    public const string Gustav = "195511181538";
    public const string Tolvan = "191212121212";
    public const string LockedLena = "197803142384";
    public const string NeverLoggedInNils = "199205073159";
}
