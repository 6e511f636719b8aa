namespace FormEngine.Submissions;

/// <summary>Property names the engine itself puts into submissions.</summary>
public static class SchemaNames
{
    /// <summary>True when the resident accepted the form's villkorstext.</summary>
    public const string TermsAccepted = "terms_accepted";
}
