using System.Net;
using FormEngine.Host.Cases;
using FormEngine.Host.Tests.Boot;
using Microsoft.EntityFrameworkCore;
using static FormEngine.Host.Tests.Staff.StaffPeople;

namespace FormEngine.Host.Tests.Staff;

/// <summary>Invånarärende: "Hämta invånare" shows who the message goes to and whether they can receive it, before sending.</summary>
public sealed class ComposeLookupTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string NewUrl = "/personal/invanararende/nytt";
    private const string FormUrl = NewUrl + "?mall=meddelande-till-invanare&mottagning=vc-eksjo";
    /// <summary>Sara Skyddad (host/Demo/residents.yaml): active, skyddad identitet.</summary>
    private const string ProtectedSara = "196401307845";

    private BootHost Host => shared.Host;

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> LookUpAsync(string personnummer)
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var response = await birgitta.PressAsync(await birgitta.PageAsync(FormUrl), NewUrl, "handler=Lookup", ("Personnummer", personnummer));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await StaffBrowser.ParseAsync(response);
    }

    private Task<int> LookupsAsync(string personnummer) => Host.QueryAsync(db => db.AccessLog.AsNoTracking().CountAsync(e =>
        e.StaffHsaId == Birgitta && e.ResidentPersonnummer == personnummer && e.ClinicKey == "vc-eksjo"
        && e.Action == AccessLog.Read && e.What == ResidentAccounts.Looked));

    [Fact]
    public async Task A_locked_resident_is_shown_as_locked_with_the_notice_and_the_lookup_is_logged()
    {
        var before = await LookupsAsync(LockedLena);

        var page = await LookUpAsync(LockedLena);

        Assert.Equal("Lena Låstdotter", page.QuerySelector(".resident-lookup h2")!.TextContent);
        Assert.Equal("Låst", page.QuerySelector(".resident-lookup .account-status")!.TextContent);
        Assert.Equal("Kontot är låst – meddelandet kan inte skickas", page.QuerySelector(".resident-lookup .notice")!.TextContent);
        Assert.Equal(before + 1, await LookupsAsync(LockedLena));
        Assert.False(await Host.QueryAsync(db => db.Cases.AnyAsync(c => c.ResidentPersonnummer == LockedLena)));
    }

    [Fact]
    public async Task An_active_resident_is_shown_as_active_without_a_notice_and_the_typed_message_is_kept()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        var response = await birgitta.PressAsync(await birgitta.PageAsync(FormUrl), NewUrl, "handler=Lookup",
            ("Personnummer", "19121212-1212"), ("Text", "Mitt utkast."));
        var page = await StaffBrowser.ParseAsync(response);

        Assert.Equal("Tolvan Tolvansson", page.QuerySelector(".resident-lookup h2")!.TextContent);
        Assert.Equal("Aktiv", page.QuerySelector(".resident-lookup .account-status")!.TextContent);
        Assert.Null(page.QuerySelector(".resident-lookup .notice"));
        Assert.Null(page.QuerySelector(".resident-lookup .protected-identity"));
        Assert.Equal("Mitt utkast.", page.QuerySelector("#text")!.TextContent);
    }

    [Fact]
    public async Task A_resident_with_skyddad_identitet_carries_the_marker()
    {
        var page = await LookUpAsync(ProtectedSara);

        Assert.Equal("Aktiv", page.QuerySelector(".resident-lookup .account-status")!.TextContent);
        Assert.NotNull(page.QuerySelector(".resident-lookup .protected-identity"));
    }

    [Fact]
    public async Task An_unknown_personnummer_is_an_error_on_the_field_and_nothing_is_logged()
    {
        var birgitta = await new StaffBrowser(Host, Birgitta).LogInAsync();
        const string nobody = "190001012392";
        var response = await birgitta.PressAsync(await birgitta.PageAsync(FormUrl), NewUrl, "handler=Lookup", ("Personnummer", nobody));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        Assert.Equal(ResidentDialogues.Unknown, page.QuerySelector(".error-summary a[href='#personnummer']")!.TextContent);
        Assert.Null(page.QuerySelector(".resident-lookup"));
        Assert.Equal(0, await LookupsAsync(nobody));
    }
}
