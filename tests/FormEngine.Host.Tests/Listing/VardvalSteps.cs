using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using FormEngine.Persistence.Portal.Records;
using FormEngine.Time;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Tests.Listing;

/// <summary>Choosing a vårdcentral as a browser without JavaScript does: from /vardval's link, through the form, to the receipt.</summary>
public static class VardvalSteps
{
    public static DateOnly Today => SwedishCalendar.SwedishDateOf(DateTimeOffset.UtcNow);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Follows "Välj en annan vårdcentral" on /vardval and returns the form's first page.</summary>
    public static async Task<IHtmlDocument> OpenFormAsync(ResidentBrowser resident)
    {
        var page = await resident.PageAsync("/vardval");
        var link = page.QuerySelector<IHtmlAnchorElement>("a#valj-vardcentral") ?? throw new InvalidOperationException("No link to choose a vårdcentral.");
        var start = await resident.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, start.StatusCode);
        return await resident.PageAsync(start.Headers.Location!.OriginalString);
    }

    /// <summary>Chooses <paramref name="clinicKey"/> from <paramref name="from"/>, accepts the terms and sends; returns the case id.</summary>
    public static async Task<string> ChooseAsync(ResidentBrowser resident, string clinicKey, DateOnly from)
    {
        var form = await OpenFormAsync(resident);
        var check = await FornyaRecept.NextAsync(resident, await resident.SubmitAsync(form, ("vardcentral", clinicKey), ("effective_from", Iso(from))), "?sida=2");
        return FornyaRecept.CaseIdFromReceipt(await resident.SubmitAsync(check, ("terms_accepted", "true")));
    }

    /// <summary>Waits until the vårdval workflow has closed the case.</summary>
    public static Task<CaseRecord> ClosedAsync(BootHost host, string caseId) =>
        Eventually.Async(() => host.QueryAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)), c => c.Status == "Avslutad");

    public static Task<List<ListingRecord>> ListingsAsync(BootHost host, string personnummer) =>
        host.QueryAsync(db => db.Listings.AsNoTracking().Where(l => l.ResidentPersonnummer == personnummer).ToListAsync());

    public static Task<List<CaseMessage>> MessagesAsync(BootHost host, string caseId) =>
        host.QueryAsync(db => db.Messages.AsNoTracking().Where(m => m.CaseId == caseId).ToListAsync());
}
