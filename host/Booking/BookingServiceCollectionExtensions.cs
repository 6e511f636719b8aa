using FormEngine.Host.Demo;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FormEngine.Host.Booking;

public static class BookingServiceCollectionExtensions
{
    /// <summary>The appointment book (the database one unless a scheduling integration is registered first), its rules and demo data.</summary>
    public static IServiceCollection AddBooking(this IServiceCollection services)
    {
        services.TryAddSingleton<IAppointmentBook, AppointmentBookOnDatabase>();
        services.AddSingleton<ResidentBookings>();
        services.AddSingleton<StaffBookings>();
        services.AddSingleton<IDemoSeed, DemoAppointmentBook>();
        return services;
    }
}
