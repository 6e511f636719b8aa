using FormEngine.Host.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>The resident pages' base: the folder's policy guarantees a resident, so the personnummer is there.</summary>
public abstract class ResidentPageModel : PageModel
{
    protected string Personnummer => User.Personnummer()
        ?? throw new InvalidOperationException("Resident pages need a signed-in resident (the folder's policy ensures it).");
}

/// <summary>URLs of the resident pages, built in one place.</summary>
public static class ResidentUrls
{
    public const string Clinics = "/mottagningar";
    public const string Drafts = "/utkast";
    public const string Inbox = "/inkorg";

    public static string Clinic(string clinicKey) => $"/mottagningar/{Uri.EscapeDataString(clinicKey)}";

    public static string NewForm(string clinicKey, string formKey) => $"{Clinic(clinicKey)}/{Uri.EscapeDataString(formKey)}";

    public static string Form(string clinicKey, string formKey, string draftId) => $"{NewForm(clinicKey, formKey)}/{Uri.EscapeDataString(draftId)}";

    /// <summary>Page i (0-based) of a form; the check-your-answers page is the one after the last.</summary>
    public static string FormPage(string clinicKey, string formKey, string draftId, int page) => $"{Form(clinicKey, formKey, draftId)}?sida={page + 1}";

    public static string Receipt(string caseId) => $"/kvitto/{Uri.EscapeDataString(caseId)}";

    public static string Case(string caseId) => $"/inkorg/{Uri.EscapeDataString(caseId)}";

    /// <summary>The form an invånarärende template's question is answered in (<c>FormReplies</c>).</summary>
    public static string ReplyForm(string caseId) => $"{Case(caseId)}/svar";

    public static string ReplyFormPage(string caseId, int page) => $"{ReplyForm(caseId)}?sida={page + 1}";

    public static string Attachment(string attachmentId) => $"/bilagor/{Uri.EscapeDataString(attachmentId)}";
}
