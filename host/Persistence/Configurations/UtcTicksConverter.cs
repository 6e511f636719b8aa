using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FormEngine.Persistence.Configurations;

/// <summary>
/// Every instant is stored as UTC ticks (a 64-bit integer) on every provider: EF Core's SQLite provider cannot
/// compare or order DateTimeOffset, and one representation keeps the two providers' queries identical.
/// The offset is not kept; instants compare equal.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
