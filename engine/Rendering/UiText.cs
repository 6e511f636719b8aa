namespace FormEngine.Rendering;

/// <summary>
/// The renderer's own words (buttons, headings, the error summary), in Swedish and English. Author texts come
/// from the definition; these are the chrome around them. Swedish is the fallback for any other language.
/// </summary>
internal sealed record UiText
{
    public required string Optional { get; init; }
    public required string Continue { get; init; }
    public required string Send { get; init; }
    public required string Back { get; init; }
    public required string ErrorSummaryTitle { get; init; }
    public required string ErrorPrefix { get; init; }
    public required string TitleErrorPrefix { get; init; }
    public required string StepFormat { get; init; }
    public required string Add { get; init; }
    public required string Remove { get; init; }
    public required string Choose { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string CheckAnswersTitle { get; init; }
    public required string Change { get; init; }
    public required string NotAnswered { get; init; }
    public required string TermsTitle { get; init; }
    public required string AcceptTerms { get; init; }
    public required string AttachedFiles { get; init; }
    public required string RowFormat { get; init; }
    public required string SkipToContent { get; init; }

    public static readonly UiText Swedish = new()
    {
        Optional = " (frivilligt)",
        Continue = "Fortsätt",
        Send = "Skicka",
        Back = "Tillbaka",
        ErrorSummaryTitle = "Det finns problem",
        ErrorPrefix = "Fel:",
        TitleErrorPrefix = "Fel: ",
        StepFormat = "Steg {0} av {1}",
        Add = "Lägg till",
        Remove = "Ta bort",
        Choose = "Välj",
        Yes = "Ja",
        No = "Nej",
        CheckAnswersTitle = "Kontrollera dina svar innan du skickar",
        Change = "Ändra",
        NotAnswered = "Inte besvarat",
        TermsTitle = "Villkor",
        AcceptTerms = "Jag har läst och godkänner villkoren",
        AttachedFiles = "Bifogat:",
        RowFormat = "{0} {1}",
        SkipToContent = "Till huvudinnehållet",
    };

    public static readonly UiText English = new()
    {
        Optional = " (optional)",
        Continue = "Continue",
        Send = "Send",
        Back = "Back",
        ErrorSummaryTitle = "There is a problem",
        ErrorPrefix = "Error:",
        TitleErrorPrefix = "Error: ",
        StepFormat = "Step {0} of {1}",
        Add = "Add",
        Remove = "Remove",
        Choose = "Choose",
        Yes = "Yes",
        No = "No",
        CheckAnswersTitle = "Check your answers before sending",
        Change = "Change",
        NotAnswered = "Not answered",
        TermsTitle = "Terms",
        AcceptTerms = "I have read and accept the terms",
        AttachedFiles = "Attached:",
        RowFormat = "{0} {1}",
        SkipToContent = "Skip to main content",
    };

    public static UiText For(string language) => language == "en" ? English : Swedish;
}
