using FormEngine.Host.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>
/// Downloads an attachment the resident may see. Always as a download (Content-Disposition: attachment) with the
/// type detected at upload and nosniff, so a file can never be rendered as a page of this site.
/// </summary>
public sealed class BilagaModel(ResidentAttachments attachments) : ResidentPageModel
{
    public async Task<IActionResult> OnGetAsync(string attachmentId, CancellationToken cancellationToken)
    {
        if (await attachments.OpenAsync(Personnummer, attachmentId, cancellationToken) is not { } found) return NotFound();
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        Response.Headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
        var type = ContentSniffer.Known.Contains(found.Attachment.ContentType) ? found.Attachment.ContentType : "application/octet-stream";
        return File(found.Bytes, type, found.Attachment.FileName);
    }
}
