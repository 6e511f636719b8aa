namespace FormEngine.Rendering;

/// <summary>
/// The per-request holes of a field template (<c>{{ slot.* }}</c>). Everything else in a template is fixed per
/// form and language, so it is rendered once and cached; only these are filled in for each request.
/// </summary>
internal enum Slot
{
    /// <summary>Element id from the answer path, e.g. <c>fe-packages-0-count</c>.</summary>
    Id,
    /// <summary>The input name: the answer path, e.g. <c>packages[0].count</c>.</summary>
    Name,
    /// <summary>The answer as the input shows it (escaped text).</summary>
    Value,
    /// <summary>The answer as a person reads it, for computed fields (escaped text).</summary>
    Display,
    /// <summary>The inline error message element, or nothing.</summary>
    Error,
    /// <summary><c> fe-field--error</c> or nothing.</summary>
    ErrorClass,
    /// <summary>The whole <c> aria-describedby="…"</c> attribute (hint and error), or nothing.</summary>
    DescribedBy,
    /// <summary><c> aria-invalid="true"</c> or nothing.</summary>
    Invalid,
    /// <summary><c> readonly</c> for locked inputs, or nothing.</summary>
    Readonly,
    /// <summary><c> disabled</c> for locked radios, checkboxes and selects, or nothing.</summary>
    Disabled,
    /// <summary>The fields of a group, the rows of a repeat, or the fields of one row.</summary>
    Children,
    /// <summary>The heading of a repeat row, e.g. "Hjälpmedel 2" (escaped text).</summary>
    RowLabel,
    /// <summary>The button that removes a repeat row (posts the page), or nothing at the minimum count.</summary>
    RemoveButton,
    /// <summary>The button that adds a repeat row (posts the page), or nothing at the maximum count.</summary>
    AddButton,
    /// <summary>The files already attached to a file field, or nothing.</summary>
    Files,
    /// <summary><c> checked</c> on a ticked radio or checkbox (per option).</summary>
    Checked,
    /// <summary><c> selected</c> on the chosen option of a select (per option).</summary>
    Selected,
}

internal static class Slots
{
    public static readonly Slot[] All = Enum.GetValues<Slot>();

    /// <summary>The snake_case name templates use: <c>{{ slot.described_by }}</c>.</summary>
    public static string NameOf(Slot slot) => slot switch
    {
        Slot.ErrorClass => "error_class",
        Slot.DescribedBy => "described_by",
        Slot.RowLabel => "row_label",
        Slot.RemoveButton => "remove_button",
        Slot.AddButton => "add_button",
        _ => slot.ToString().ToLowerInvariant(),
    };

    public static bool IsPerOption(Slot slot) => slot is Slot.Checked or Slot.Selected;
}
