using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Host.Tests.Staff;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Authorization;

/// <summary>
/// The data the authorization matrix guards, on a host of its own: resident A's Förnya recept case (with its
/// receipt and answers), an invånarärende to A with a PDF attachment, both at vc-eksjo, and a time A has booked there.
/// </summary>
public sealed class MatrixCases : IAsyncLifetime
{
    public const string ResidentA = StaffPeople.Gustav;
    public const string ResidentB = StaffPeople.Tolvan;
    /// <summary>Text in the attached file and in the message: must never reach anyone but A and vc-eksjo's staff.</summary>
    public const string Secret = "MATRIS-HEMLIGHET-4711";

    private readonly TempFolder _folder = new();

    public BootHost Host { get; private set; } = null!;
    public string CaseId { get; private set; } = "";
    public string Reference { get; private set; } = "";
    public string MessageCaseId { get; private set; } = "";
    public string MessageReference { get; private set; } = "";
    public string AttachmentId { get; private set; } = "";
    /// <summary>A's booked time at vc-eksjo, two weeks ahead.</summary>
    public string BookingId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = new BootHost(_folder.File("matrix.db"));
        CaseId = await StaffCases.SubmitAsync(Host, ResidentA);
        Reference = (await StaffCases.CaseAsync(Host, CaseId)).Reference;

        var birgitta = await new StaffBrowser(Host, StaffPeople.Birgitta).LogInAsync();
        var page = await birgitta.PageAsync("/personal/invanararende/nytt?mall=meddelande-till-invanare&mottagning=vc-eksjo");
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Method == "post" && f.GetAttribute("action") == "/personal/invanararende/nytt");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in ResidentBrowser.Values(form, [("Personnummer", ResidentA)])) content.Add(new StringContent(value), name);
        content.Add(new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n% {Secret}\n%%EOF\n")), "bilagor", "matris.pdf");
        var sent = await birgitta.Client.PostAsync("/personal/invanararende/nytt", content);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var url = sent.Headers.Location!.OriginalString;
        MessageCaseId = url["/personal/arenden/".Length..url.IndexOf('?')];
        MessageReference = (await StaffCases.CaseAsync(Host, MessageCaseId)).Reference;
        AttachmentId = await Host.QueryAsync(db => db.Attachments.AsNoTracking().Where(a => a.CaseId == MessageCaseId).Select(a => a.Id).SingleAsync());
        BookingId = (await Booking.BookingData.AddBookingAsync(Host, await Booking.BookingData.AddSlotAsync(Host, daysAhead: 14), ResidentA)).Id;
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
