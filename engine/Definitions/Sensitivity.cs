namespace FormEngine.Definitions;

/// <summary>How sensitive a field's value is: decides masking in logs, URLs, notifications and exports.</summary>
public enum Sensitivity
{
    /// <summary>Not personal: the clinic chosen, a yes/no about delivery.</summary>
    None,

    /// <summary>Identifies or reaches a person: name, phone, address.</summary>
    Personal,

    /// <summary>Health data (GDPR special category): symptoms, medicines, aids.</summary>
    Health,
}
