namespace FormEngine.Catalog;

/// <summary>Primary care or specialist care: deadlines such as the cancellation limit differ between them.</summary>
public enum ClinicKind
{
    /// <summary>A vårdcentral (primary care).</summary>
    Vardcentral,
    /// <summary>A specialist mottagning, e.g. at a hospital.</summary>
    Specialist,
}
