using FormEngine.Host.Listing;
using FormEngine.Host.Tests.Boot;
using Microsoft.Extensions.DependencyInjection;
using static FormEngine.Host.Tests.Listing.VardvalSteps;

namespace FormEngine.Host.Tests.Listing;

/// <summary>The database listing register on its own: current and pending, replacement, and one listing per case however often it is asked.</summary>
public sealed class ListingRegisterTests(SharedHost shared) : IClassFixture<SharedHost>
{
    /// <summary>Nils Nyinloggad: never logged in, used by no page test of vårdval.</summary>
    private const string Nils = "199205073159";

    private BootHost Host => shared.Host;
    private IListingRegister Register => Host.Services.GetRequiredService<IListingRegister>();

    [Fact]
    public async Task A_case_registers_one_listing_however_often_its_step_runs_and_a_pending_change_is_replaced()
    {
        var catalog = Host.Definitions.Catalog;
        var seeded = (await Register.StatusAsync(Nils, Today)).Current;
        Assert.NotNull(seeded);

        var first = await Register.RegisterAsync(Nils, catalog.FindClinic("vc-motala")!, Today.AddDays(5), Today, "case-nils-1");
        var again = await Register.RegisterAsync(Nils, catalog.FindClinic("vc-vimmerby")!, Today.AddDays(9), Today, "case-nils-1");

        Assert.Equal(first, again);
        var status = await Register.StatusAsync(Nils, Today);
        Assert.Equal((seeded, "vc-motala", Today.AddDays(5)), (status.Current, status.Pending!.ClinicKey, status.Pending.EffectiveFrom));

        await Register.RegisterAsync(Nils, catalog.FindClinic("vc-vastervik")!, Today.AddDays(3), Today, "case-nils-2");
        Assert.Equal(("vc-vastervik", "kalmar-lan"), ((await Register.StatusAsync(Nils, Today)).Pending!.ClinicKey, (await Register.StatusAsync(Nils, Today)).Pending!.RegionKey));
        Assert.Equal(2, (await ListingsAsync(Host, Nils)).Count);
        // On the day the change takes effect it is the current listing and nothing is pending.
        var later = await Register.StatusAsync(Nils, Today.AddDays(3));
        Assert.Equal(("vc-vastervik", (ListingEntry?)null), (later.Current!.ClinicKey, later.Pending));
    }
}
