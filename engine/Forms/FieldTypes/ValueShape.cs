namespace FormEngine.Forms.FieldTypes;

/// <summary>How a field's answer is shaped in the submission JSON.</summary>
public enum ValueShape
{
    /// <summary>No answer at all (a note).</summary>
    None,

    /// <summary>One JSON value: string, number or boolean.</summary>
    Scalar,

    /// <summary>An array of strings (multiple choice) or of attachment objects (file).</summary>
    List,

    /// <summary>An object holding the children's answers.</summary>
    Group,

    /// <summary>An array of objects, one per row, each holding the children's answers.</summary>
    Repeat,
}
