using FormEngine.Catalog;
using FormEngine.Diagnostics;
using static FormEngine.Tests.Catalog.CatalogFixtures;

namespace FormEngine.Tests.Catalog;

/// <summary>A clinic's <c>booking:</c> block: online care types, the cancellation deadline and their mistakes.</summary>
public sealed class BookingSettingsTests
{
    private static string[] WithBooking(string kind, params string[] lines) =>
        [.. MinimalClinic().Select(l => l == "    kind: vardcentral" ? $"    kind: {kind}" : l), "    booking:", .. lines];

    [Fact]
    public void Without_a_booking_block_the_clinic_has_no_direct_booking_and_the_kinds_default_deadline()
    {
        var specialist = Assert.Single(Read(Region(WithBooking("specialist", "      online_care_types: []"))).Catalog.Clinics);
        Assert.Equal(3, specialist.Booking.CancellationDeadlineWeekdays);
        var primary = Assert.Single(Read(Region(MinimalClinic())).Catalog.Clinics);
        Assert.Equal(1, primary.Booking.CancellationDeadlineWeekdays);
        Assert.False(primary.Booking.OffersDirectBooking);
    }

    [Fact]
    public void Online_care_types_and_the_deadline_are_read()
    {
        var result = Read(Region(WithBooking("vardcentral",
            "      online_care_types:",
            "        - {key: lakarbesok, name: Läkarbesök}",
            "        - {key: vaccination, name: Vaccination}",
            "      cancellation_deadline_weekdays: 2")));
        Assert.Empty(result.Diagnostics);
        var booking = Assert.Single(result.Catalog.Clinics).Booking;
        Assert.Equal(["lakarbesok", "vaccination"], booking.OnlineCareTypes.Select(c => c.Key));
        Assert.Equal("Läkarbesök", booking.OnlineCareTypes[0].Name);
        Assert.Equal(2, booking.CancellationDeadlineWeekdays);
        Assert.True(booking.IsBookableOnline("vaccination"));
        Assert.False(booking.IsBookableOnline("nybesok"));
    }

    [Theory]
    [InlineData("24")]
    [InlineData("-1")]
    [InlineData("en")]
    public void FE3021_a_deadline_that_is_not_0_to_10_weekdays(string value)
    {
        var result = Read(Region(WithBooking("vardcentral", $"      cancellation_deadline_weekdays: {value}")));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidCancellationDeadline, diagnostic.Code);
        Assert.Equal((14, 39), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Empty(result.Catalog.Clinics);
    }

    [Fact]
    public void FE3022_a_care_type_given_twice()
    {
        var result = Read(Region(WithBooking("vardcentral",
            "      online_care_types:",
            "        - {key: lakarbesok, name: Läkarbesök}",
            "        - {key: lakarbesok, name: Läkarbesök igen}")));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateCareType, diagnostic.Code);
        Assert.Equal(16, diagnostic.Span.Line);
    }

    [Fact]
    public void The_real_catalogue_has_direct_booking_at_eksjo_and_the_request_form_at_tranas()
    {
        var catalog = CatalogLoader.Load(RealCatalogFolder, RealForms).Catalog;
        Assert.True(catalog.FindClinic("vc-eksjo")!.Booking.IsBookableOnline("lakarbesok"));
        var tranas = catalog.FindClinic("vc-tranas")!;
        Assert.False(tranas.Booking.OffersDirectBooking);
        Assert.True(tranas.IsOffering("boka-tid"));
        Assert.Equal(3, catalog.FindClinic("hudmottagningen-ryhov")!.Booking.CancellationDeadlineWeekdays);
    }

    [Fact]
    public void Every_clinic_in_jonkopings_lan_offers_direct_booking_or_the_booking_request_form()
    {
        var region = CatalogLoader.Load(RealCatalogFolder, RealForms).Catalog.FindRegion("jonkopings-lan")!;
        Assert.All(region.Clinics, c => Assert.True(c.Booking.OffersDirectBooking || c.IsOffering("boka-tid"), $"{c.Key} offers no way to book"));
        Assert.All(region.Clinics.Where(c => c.Booking.OffersDirectBooking), c => Assert.False(c.IsOffering("boka-tid"), $"{c.Key} has both"));
    }
}
