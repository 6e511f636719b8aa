using FormEngine.Host.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace FormEngine.Host.Pages.Personal;

/// <summary>
/// Staff download a file on a case: allowed to those who may open the case (a case role at its clinic), else 404
/// as for no file at all. Always a download with the type detected at upload and nosniff, so a file can never be
/// rendered as a page of this site. Every download is in the access log: the file leaves the system.
/// </summary>
public sealed class BilagaModel(StaffDirectory directory, CaseWorkspace workspace, AccessLog accessLog) : StaffPageModel(directory)
{
    public async Task<IActionResult> OnGetAsync(string attachmentId, CancellationToken cancellationToken)
    {
        if (!await LoadStaffAsync(cancellationToken)) return Forbid();
        if (await workspace.AttachmentAsync(Staff, attachmentId, cancellationToken) is not { } found) return NotFound();
        await accessLog.WriteAsync(Staff.HsaId, found.Case.ResidentPersonnummer, found.Case.ClinicKey, AccessLog.Copy,
            AccessLog.AttachmentCopied(found.Attachment, found.Case), cancellationToken);
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        var type = ContentSniffer.Known.Contains(found.Attachment.ContentType) ? found.Attachment.ContentType : "application/octet-stream";
        return File(found.Bytes, type, found.Attachment.FileName);
    }
}
