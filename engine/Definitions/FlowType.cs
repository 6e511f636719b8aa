namespace FormEngine.Definitions;

/// <summary>Who starts a case of this e-service: statistics separate the two.</summary>
public enum FlowType
{
    /// <summary>The resident fills the form and sends it to a clinic.</summary>
    ResidentInitiated,

    /// <summary>Staff send it to a resident (invånarärende).</summary>
    StaffInitiated,
}
