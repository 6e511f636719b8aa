using FormEngine.Host.Tests.Boot;
using FormEngine.Host.Tests.Residents;
using Microsoft.EntityFrameworkCore;
using static FormEngine.Host.Tests.Listing.VardvalSteps;

namespace FormEngine.Host.Tests.Listing;

/// <summary>
/// The vårdval form through the real pipeline: intake, the workflow-start outbox, definitions/workflows/vardval.json
/// with FormEngine.RegisterListing on the database register, the confirmation in the inbox, and the case routed to
/// the chosen vårdcentral as information and closed.
/// </summary>
public sealed class VardvalWorkflowTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Fatima = "198804116427";
    private const string Karl = "194507042192";
    private const string Erik = "198902025710";

    private BootHost Host => shared.Host;

    [Fact]
    public async Task A_change_to_ostergotland_from_a_later_date_is_registered_pending_and_confirmed()
    {
        var before = Assert.Single(await ListingsAsync(Host, Fatima));
        var fatima = await new ResidentBrowser(Host, Fatima).LogInAsync();

        var caseId = await ChooseAsync(fatima, "vc-linkoping-ekholmen", Today.AddDays(14));
        var closed = await ClosedAsync(Host, caseId);

        Assert.Equal(("vc-linkoping-ekholmen", "vardval"), (closed.ClinicKey, closed.FormKey));
        var started = await Host.QueryAsync(db => db.WorkflowStarts.AsNoTracking().SingleAsync(w => w.CaseId == caseId));
        Assert.Equal("vardval", started.DefinitionId);
        var listings = await ListingsAsync(Host, Fatima);
        Assert.Equal(2, listings.Count);
        var pending = Assert.Single(listings, l => l.CaseId == caseId);
        Assert.Equal(("vc-linkoping-ekholmen", "ostergotland", Today.AddDays(14)), (pending.ClinicKey, pending.RegionKey, pending.EffectiveFrom));
        var message = Assert.Single(await MessagesAsync(Host, caseId));
        Assert.Contains($"Du är listad på Vårdcentralen Ekholmen från och med {Iso(Today.AddDays(14))}.", message.Text);

        var page = await fatima.PageAsync("/vardval");
        Assert.Contains(Host.Definitions.Catalog.FindClinic(before.ClinicKey)!.Name, page.QuerySelector("#nuvarande-vardcentral")!.TextContent);
        var change = page.QuerySelector("#kommande-byte")!.TextContent;
        Assert.Contains("Vårdcentralen Ekholmen", change);
        Assert.Contains("Region Östergötland", change);
    }

    [Fact]
    public async Task A_change_from_today_takes_effect_at_once_and_mina_mottagningar_follows()
    {
        var karl = await new ResidentBrowser(Host, Karl).LogInAsync();

        var caseId = await ChooseAsync(karl, "vc-vimmerby", Today);
        await ClosedAsync(Host, caseId);

        var page = await karl.PageAsync("/vardval");
        Assert.Contains("Vårdcentralen Vimmerby", page.QuerySelector("#nuvarande-vardcentral")!.TextContent);
        Assert.Null(page.QuerySelector("#kommande-byte"));
        // The next change starts at the new vårdcentral.
        Assert.Equal("/mottagningar/vc-vimmerby/vardval", page.QuerySelector("a#valj-vardcentral")!.GetAttribute("href"));
        var mine = await karl.PageAsync("/mottagningar");
        Assert.Contains(mine.QuerySelectorAll(".card"), card => card.TextContent.Contains("Vårdcentralen Vimmerby") && card.TextContent.Contains("Din vårdcentral"));
    }

    [Fact]
    public async Task A_second_choice_replaces_the_pending_one()
    {
        var erik = await new ResidentBrowser(Host, Erik).LogInAsync();

        await ClosedAsync(Host, await ChooseAsync(erik, "vc-motala", Today.AddDays(20)));
        var second = await ChooseAsync(erik, "vc-vastervik", Today.AddDays(30));
        await ClosedAsync(Host, second);

        var pending = Assert.Single(await ListingsAsync(Host, Erik), l => l.EffectiveFrom > Today);
        Assert.Equal((second, "vc-vastervik"), (pending.CaseId, pending.ClinicKey));
        Assert.Contains("Vårdcentralen Västervik", (await erik.PageAsync("/vardval")).QuerySelector("#kommande-byte")!.TextContent);
    }
}
