using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FormEngine.Host.Tests.Staff.StaffPeople;

namespace FormEngine.Host.Tests.Staff;

/// <summary>Files staff attach to an invånarärende, and staff downloading the files on a case.</summary>
public sealed class StaffAttachmentTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string NewUrl = "/personal/invanararende/nytt";
    private const string Anna = "198509224625";
    private const string Fatima = "198804116427";
    private const string Karl = "194507042192";

    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private BootHost Host => shared.Host;

    [Fact]
    public async Task Files_staff_attach_go_with_the_message_and_the_resident_downloads_them()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();

        var response = await SendAsync(birgitta, "meddelande-till-invanare", Anna, ("remiss.pdf", Pdf), ("bild.png", Png));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var caseId = CaseIdOf(response);
        var message = Assert.Single(await StaffCases.MessagesAsync(Host, caseId));
        var files = await Host.QueryAsync(db => db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.FileName).ToListAsync());
        Assert.Equal([("bild.png", "image/png", message.Id, Birgitta), ("remiss.pdf", "application/pdf", message.Id, Birgitta)],
            files.Select(f => (f.FileName, f.ContentType, f.OwnerId, f.UploadedBy)));

        var anna = await new ResidentBrowser(Host, Anna).LogInAsync();
        var casePage = await anna.PageAsync($"/inkorg/{caseId}");
        var links = casePage.QuerySelectorAll<IHtmlAnchorElement>($"#meddelande-{message.Id} a[download]").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("remiss.pdf", $"/bilagor/{files[1].Id}"), ("bild.png", $"/bilagor/{files[0].Id}")], links);
        var download = await anna.Client.GetAsync($"/bilagor/{files[1].Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var staffPage = await birgitta.PageAsync(StaffCases.CaseUrl(caseId));
        Assert.NotNull(staffPage.QuerySelector($"#bilagor ~ ul a[href='/personal/bilagor/{files[1].Id}']"));
    }

    [Theory]
    [InlineData("text", "Filen remiss.pdf har en filtyp som inte går att bifoga här. Tillåtna filtyper: PDF, JPEG, PNG.")]
    [InlineData("heic", "Filen remiss.pdf har en filtyp som inte går att bifoga här. Tillåtna filtyper: PDF, JPEG, PNG.")]
    [InlineData("large", "Filen remiss.pdf är större än 10 MB.")]
    [InlineData("six", "Du kan bifoga högst 5 filer.")]
    public async Task A_refused_file_is_explained_at_the_field_and_nothing_is_sent_or_stored(string what, string expected)
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        (string, byte[])[] files = what switch
        {
            "text" => [("remiss.pdf", "<html><script>alert(1)</script></html>"u8.ToArray())],
            "heic" => [("remiss.pdf", [0, 0, 0, 24, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c'])],
            "large" => [("remiss.pdf", [.. Pdf, .. new byte[10 * 1024 * 1024]])],
            _ => [.. Enumerable.Range(1, 6).Select(i => ($"bild{i}.png", Png))],
        };
        var before = await Host.QueryAsync(db => db.Attachments.CountAsync());

        var response = await SendAsync(birgitta, "meddelande-till-invanare", Fatima, files);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        Assert.Contains(expected, page.QuerySelector(".form-group--error #bilagor")!.ParentElement!.QuerySelector(".field-error")!.TextContent);
        Assert.Contains(expected, page.QuerySelector(".error-summary a[href='#bilagor']")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#bilagor")!.GetAttribute("aria-invalid"));
        Assert.False(await Host.QueryAsync(db => db.Cases.AnyAsync(c => c.ResidentPersonnummer == Fatima && c.StartedByKind == CaseStarter.Staff)));
        Assert.Equal(before, await Host.QueryAsync(db => db.Attachments.CountAsync()));
    }

    [Fact]
    public async Task Staff_download_a_residents_file_from_the_case_as_an_attachment_and_the_download_is_logged()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var caseId = CaseIdOf(await SendAsync(birgitta, "bifoga-bild-till-varden", Karl));
        var reply = await Host.Services.GetRequiredService<ResidentReplies>().ReplyAsync(Karl, caseId, "Här är bilden.", [new UploadedFile("utslag.png", Png)]);
        Assert.Equal(ReplyOutcome.Sent, reply.Outcome);
        var file = await Host.QueryAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.CaseId == caseId));
        var reference = (await StaffCases.CaseAsync(Host, caseId)).Reference;
        var link = (await birgitta.PageAsync(StaffCases.CaseUrl(caseId))).QuerySelector<IHtmlAnchorElement>($"a[href='/personal/bilagor/{file.Id}']");
        Assert.NotNull(link);

        var download = await birgitta.Client.GetAsync(link.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(("image/png", "attachment", "nosniff"), (download.Content.Headers.ContentType!.MediaType,
            download.Content.Headers.ContentDisposition!.DispositionType, download.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(Png, await download.Content.ReadAsByteArrayAsync());
        var entry = Assert.Single(await Host.QueryAsync(db => db.AccessLog.AsNoTracking()
            .Where(e => e.StaffHsaId == Birgitta && e.ResidentPersonnummer == Karl && e.Action == AccessLog.Copy).ToListAsync()));
        Assert.Equal(($"bilaga utslag.png i ärende {reference}", "vc-eksjo"), (entry.What, entry.ClinicKey));

        // Staff without a case role at the clinic: not found, as for no file at all, and nothing logged.
        var peter = await new StaffBrowser(Host, Peter).LogInAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await peter.Client.GetAsync($"/personal/bilagor/{file.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await birgitta.Client.GetAsync("/personal/bilagor/finns-inte")).StatusCode);
        Assert.False(await Host.QueryAsync(db => db.AccessLog.AnyAsync(e => e.StaffHsaId == Peter)));
    }

    /// <summary>Posts the template's prefilled form for the resident as multipart, with <paramref name="files"/> in the file input.</summary>
    private static async Task<HttpResponseMessage> SendAsync(StaffBrowser staff, string template, string personnummer, params (string Name, byte[] Bytes)[] files)
    {
        var page = await staff.PageAsync($"{NewUrl}?mall={template}&mottagning=vc-eksjo");
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Method == "post" && f.GetAttribute("action") == NewUrl);
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in ResidentBrowser.Values(form, [("Personnummer", personnummer)])) content.Add(new StringContent(value), name);
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), "bilagor", name);
        return await staff.Client.PostAsync(form.GetAttribute("action"), content);
    }

    private static string CaseIdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.OriginalString;
        return url["/personal/arenden/".Length..url.IndexOf('?')];
    }
}
