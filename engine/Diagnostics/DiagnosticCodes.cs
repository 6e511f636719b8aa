namespace FormEngine.Diagnostics;

/// <summary>
/// Every diagnostic code of the form language. Codes are stable: never reuse or renumber one.
/// docs/diagnostics.md explains each with an example.
/// </summary>
public static class DiagnosticCodes
{
    // Reading the YAML
    public static readonly DiagnosticCode YamlSyntax = new("FE1001", Severity.Error, "YAML syntax error");
    public static readonly DiagnosticCode UnknownProperty = new("FE1002", Severity.Error, "Unknown property");
    public static readonly DiagnosticCode DuplicateProperty = new("FE1003", Severity.Error, "Property given twice");
    public static readonly DiagnosticCode MissingProperty = new("FE1004", Severity.Error, "Required property missing");
    public static readonly DiagnosticCode WrongNodeKind = new("FE1005", Severity.Error, "Wrong kind of value");
    public static readonly DiagnosticCode InvalidValue = new("FE1006", Severity.Error, "Invalid value");

    // Fields, choices and pages
    public static readonly DiagnosticCode UnknownFieldType = new("FE1007", Severity.Error, "Unknown field type");
    public static readonly DiagnosticCode DuplicateKey = new("FE1008", Severity.Error, "Key used twice");
    public static readonly DiagnosticCode InvalidKey = new("FE1009", Severity.Error, "Invalid key");
    public static readonly DiagnosticCode DuplicateChoiceCode = new("FE1010", Severity.Error, "Choice code used twice");
    public static readonly DiagnosticCode UnknownChoiceList = new("FE1011", Severity.Error, "Unknown choice list");
    public static readonly DiagnosticCode MissingTranslation = new("FE1012", Severity.Warning, "Missing translation");
    public static readonly DiagnosticCode UnsupportedLanguage = new("FE1013", Severity.Error, "Unsupported language");
    public static readonly DiagnosticCode PropertyNotForType = new("FE1014", Severity.Error, "Property does not apply to this field type");
    public static readonly DiagnosticCode EmptyContainer = new("FE1015", Severity.Error, "Nothing inside");

    // Expressions
    public static readonly DiagnosticCode ExpressionSyntax = new("FE1020", Severity.Error, "Expression syntax error");
    public static readonly DiagnosticCode UnknownReference = new("FE1021", Severity.Error, "Unknown reference");
    public static readonly DiagnosticCode TypeMismatch = new("FE1022", Severity.Error, "Type mismatch");
    public static readonly DiagnosticCode UnknownFunction = new("FE1023", Severity.Error, "Unknown function");
    public static readonly DiagnosticCode ArgumentCount = new("FE1024", Severity.Error, "Wrong number of arguments");
    public static readonly DiagnosticCode ConstantCondition = new("FE1025", Severity.Warning, "Condition is always true or always false");
    public static readonly DiagnosticCode Cycle = new("FE1026", Severity.Error, "Circular dependency");
    public static readonly DiagnosticCode UnreachableField = new("FE1027", Severity.Warning, "Field can never be shown");
    public static readonly DiagnosticCode ForwardReference = new("FE1028", Severity.Error, "Depends on a later page");
    public static readonly DiagnosticCode UnknownChoiceCode = new("FE1029", Severity.Error, "Unknown choice code");

    // Validators
    public static readonly DiagnosticCode UnknownValidator = new("FE1030", Severity.Error, "Unknown validator");
    public static readonly DiagnosticCode InvalidPattern = new("FE1031", Severity.Error, "Invalid regular expression");
    public static readonly DiagnosticCode InvalidRange = new("FE1032", Severity.Error, "Impossible range");
    public static readonly DiagnosticCode ValidatorNotForType = new("FE1033", Severity.Error, "Validator does not apply to this field type");

    // Example submissions
    public static readonly DiagnosticCode ExampleUnreadable = new("FE1040", Severity.Error, "Example submission cannot be read");
    public static readonly DiagnosticCode ExampleMismatch = new("FE1041", Severity.Error, "Example submission gives another outcome");

    // Versions
    public static readonly DiagnosticCode VersionNotRaised = new("FE1050", Severity.Error, "Content changed without raising the version");

    // Staff-initiated forms (invånarärende templates)
    public static readonly DiagnosticCode TemplateMismatch = new("FE1060", Severity.Error, "Form does not fit its flow or message kind");
    public static readonly DiagnosticCode EligibilityOnAnswers = new("FE1061", Severity.Error, "Eligibility condition uses the form's answers");

    // Workflows (Elsa 3 JSON definitions)
    public static readonly DiagnosticCode WorkflowJsonSyntax = new("FE2001", Severity.Error, "Workflow JSON syntax error");
    public static readonly DiagnosticCode NotAWorkflow = new("FE2002", Severity.Error, "Not a workflow definition");
    public static readonly DiagnosticCode UnknownActivityType = new("FE2003", Severity.Warning, "Unknown activity type");
    public static readonly DiagnosticCode DuplicateActivityId = new("FE2004", Severity.Error, "Activity id used twice");
    public static readonly DiagnosticCode MissingConnectionEnd = new("FE2005", Severity.Error, "Connection to or from a missing activity");
    public static readonly DiagnosticCode UnknownOutcome = new("FE2006", Severity.Error, "Connection from a port the activity cannot produce");
    public static readonly DiagnosticCode StartOrReachability = new("FE2007", Severity.Error, "No start activity, or an activity that cannot be reached");
    public static readonly DiagnosticCode UnsupportedExpressionType = new("FE2008", Severity.Error, "Unsupported expression type");
    public static readonly DiagnosticCode JavaScriptSyntax = new("FE2009", Severity.Error, "Invalid JavaScript");
    public static readonly DiagnosticCode LiquidSyntax = new("FE2010", Severity.Error, "Invalid Liquid");
    public static readonly DiagnosticCode UndeclaredVariable = new("FE2011", Severity.Error, "Variable not declared");
    public static readonly DiagnosticCode UnknownActivityInput = new("FE2012", Severity.Warning, "Unknown input on a known activity");
    public static readonly DiagnosticCode UnknownVariableType = new("FE2013", Severity.Warning, "Unknown variable type");
    public static readonly DiagnosticCode UnknownWorkflow = new("FE2014", Severity.Error, "Form names a workflow that does not exist");

    // Catalogue (regions and clinics, definitions/catalog/*.yaml)
    public static readonly DiagnosticCode DuplicateCatalogKey = new("FE3001", Severity.Error, "Region or clinic key used twice in the catalogue");
    public static readonly DiagnosticCode DuplicateClinicEntry = new("FE3002", Severity.Error, "Queue, offer or standard reply given twice in a clinic");
    public static readonly DiagnosticCode ClinicWithoutQueues = new("FE3003", Severity.Error, "Clinic has no queue");
    public static readonly DiagnosticCode UnknownEService = new("FE3004", Severity.Error, "Offer of an e-service that does not exist");
    public static readonly DiagnosticCode UnknownQueue = new("FE3005", Severity.Error, "Offer routed to a queue the clinic does not have");
    public static readonly DiagnosticCode NotAnExternalList = new("FE3006", Severity.Error, "List that is not an external list of the e-service");
    public static readonly DiagnosticCode InvalidHsaId = new("FE3007", Severity.Error, "Invalid HSA-id");
    public static readonly DiagnosticCode DuplicateHsaId = new("FE3008", Severity.Error, "HSA-id used by two clinics");
    public static readonly DiagnosticCode PrescribingOfferIncomplete = new("FE3009", Severity.Warning, "Prescribing clinic offers only one of fornya-recept and fornya-hjalpmedel");
    public static readonly DiagnosticCode CatalogUnreadable = new("FE3010", Severity.Error, "Catalogue folder or file cannot be read");

    // Catalogue: a region's vårdval settings (docs/vardval.md)
    public static readonly DiagnosticCode InvalidVardvalSetting = new("FE3041", Severity.Error, "Vårdval setting that is not true or false");
    public static readonly DiagnosticCode VardvalNotOffered = new("FE3042", Severity.Warning, "Vårdcentral in a vårdval region does not offer the vårdval e-service");

    // Catalogue: what clinics offer to whom (docs/catalog.md)
    public static readonly DiagnosticCode ComplaintsNotOffered = new("FE3031", Severity.Warning, "Clinic offers e-services but not synpunkter-klagomal");
    public static readonly DiagnosticCode InvalidOfferResident = new("FE3032", Severity.Error, "Offer restricted to a resident that is not a valid personnummer");

    // Treatment programs (Stöd och behandling, definitions/programs/<key>/program.yaml)
    public static readonly DiagnosticCode ProgramUnreadable = new("FE4001", Severity.Error, "Program folder or file cannot be read");
    public static readonly DiagnosticCode DuplicateProgramEntry = new("FE4002", Severity.Error, "Program, module or step key used twice");
    public static readonly DiagnosticCode UnknownStepForm = new("FE4003", Severity.Error, "Step names a form the program does not have");
    public static readonly DiagnosticCode StepDoesNotFitKind = new("FE4004", Severity.Error, "Step lacks what its kind needs, or has what it cannot use");
    public static readonly DiagnosticCode ProgramFileMismatch = new("FE4005", Severity.Error, "Program or step form key differs from its folder or file name");
    public static readonly DiagnosticCode UnknownProgramClinic = new("FE4006", Severity.Error, "Program names a clinic not in the catalogue");
    public static readonly DiagnosticCode ProgramWithoutSteps = new("FE4007", Severity.Error, "Program without modules or module without steps");
    public static readonly DiagnosticCode NotAStepForm = new("FE4008", Severity.Error, "Step form is not a resident form of the program-step workflow");

    // Catalogue: a clinic's booking settings (docs/booking.md)
    public static readonly DiagnosticCode InvalidCancellationDeadline = new("FE3021", Severity.Error, "Cancellation deadline that is not 0-10 full weekdays");
    public static readonly DiagnosticCode DuplicateCareType = new("FE3022", Severity.Error, "Online care type given twice in a clinic");
}
