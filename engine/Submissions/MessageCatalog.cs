using FormEngine.Forms.FieldTypes;

namespace FormEngine.Submissions;

/// <summary>Default messages for validation problems, in plain Swedish (and English), written for residents.</summary>
public static class MessageCatalog
{
    /// <summary>Numbers in messages are written the reader's way: 2,5 in Swedish, 2.5 in English.</summary>
    private static string? InLanguage(string? argument, bool english) =>
        !english && argument is not null && decimal.TryParse(argument, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number.ToString(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"))
            : argument;

    public static string Format(ValidationIssue issue, string language)
    {
        var en = language == "en";
        var type = issue.Field?.Type;
        var a = InLanguage(issue.Argument, en);
        return issue.Code switch
        {
            "required" when type is SingleChoiceFieldType or YesNoFieldType => en ? "Select an answer." : "Välj ett svar.",
            "required" when type is MultipleChoiceFieldType => en ? "Select at least one option." : "Välj minst ett alternativ.",
            "required" when type is FileFieldType => en ? "Attach a file." : "Bifoga en fil.",
            "required" when type is RepeatFieldType => en ? "Add at least one." : "Lägg till minst en.",
            "required" when issue.Path == SchemaNames.TermsAccepted || issue.Code == "terms" => en ? "You must accept the terms to send." : "Du måste godkänna villkoren för att skicka.",
            "required" => en ? "Fill in this field." : "Fyll i fältet.",
            "terms" => en ? "You must accept the terms to send." : "Du måste godkänna villkoren för att skicka.",
            "type" when type is IntegerFieldType => en ? "Enter a whole number, for example 2." : "Skriv ett heltal, till exempel 2.",
            "type" when type is DecimalFieldType => en ? "Enter a number, for example 2,5." : "Skriv ett tal, till exempel 2,5.",
            "type" => en ? "The answer has the wrong form." : "Svaret har fel form.",
            "format" when type is DateFieldType => en ? "Enter a real date as YYYY-MM-DD." : "Skriv ett riktigt datum som ÅÅÅÅ-MM-DD.",
            "format" when type is TimeFieldType => en ? "Enter a time as HH:MM, for example 09:30." : "Skriv en tid som TT:MM, till exempel 09:30.",
            "format" when type is DateTimeFieldType => en ? "Enter a date and time." : "Skriv datum och tid.",
            "format" when type is EmailFieldType => en ? "Enter an e-mail address like name@example.com." : "Skriv en e-postadress som namn@exempel.se.",
            "format" when type is PhoneFieldType => en ? "Enter a phone number, for example 070-123 45 67." : "Skriv ett telefonnummer, till exempel 070-123 45 67.",
            "format" when type is PersonnummerFieldType => en ? "Enter a valid personal identity number, YYYYMMDD-XXXX." : "Skriv ett giltigt personnummer, ÅÅÅÅMMDD-XXXX.",
            "format" => en ? "The answer has the wrong format." : "Svaret har fel format.",
            "choice" => en ? "Select one of the options." : "Välj ett av alternativen.",
            "min" => en ? $"Enter {a} or more." : $"Skriv {a} eller mer.",
            "max" => en ? $"Enter {a} or less." : $"Skriv {a} eller mindre.",
            "min_length" => en ? $"Write at least {a} characters." : $"Skriv minst {a} tecken.",
            "max_length" => en ? $"Write at most {a} characters." : $"Skriv högst {a} tecken.",
            "pattern" => en ? "The answer has the wrong format." : "Svaret har fel format.",
            "min_count" when type is RepeatFieldType => en ? $"Add at least {a}." : $"Lägg till minst {a}.",
            "max_count" when type is RepeatFieldType => en ? $"Add at most {a}." : $"Lägg till högst {a}.",
            "min_count" => en ? $"Select at least {a}." : $"Välj minst {a}.",
            "max_count" when type is FileFieldType && a == "1" => en ? "You can attach only one file." : "Du kan bara bifoga en fil.",
            "max_count" when type is FileFieldType => en ? $"You have attached too many files. Attach at most {a}." : $"Du har bifogat för många filer. Bifoga högst {a}.",
            "max_count" => en ? $"Select at most {a}." : $"Välj högst {a}.",
            "unique" => en ? "Each option can be chosen only once." : "Varje alternativ kan bara väljas en gång.",
            "file_size" => en ? $"The file can be at most {a} MB." : $"Filen får vara högst {a} MB.",
            "file_type" when issue.Field is { } field && FileFieldType.AcceptedTypes(field) is { Count: > 0 } accepted =>
                en ? $"The file must be of type {MediaTypeNames.List(accepted, language)}." : $"Filen måste vara av typen {MediaTypeNames.List(accepted, language)}.",
            "file_type" => en ? "This type of file cannot be attached." : "Den här typen av fil går inte att bifoga.",
            "file" => en ? "The attachment could not be read." : "Bilagan gick inte att läsa.",
            "duplicate" => en ? "The same answer was sent twice. Send the form again." : "Samma svar skickades två gånger. Skicka formuläret igen.",
            "unknown" => en ? "This answer does not belong to the form." : "Svaret hör inte till formuläret.",
            "rule" or "compare" => en ? "Check the answer." : "Kontrollera svaret.",
            _ => en ? "Check the answer." : "Kontrollera svaret.",
        };
    }
}
