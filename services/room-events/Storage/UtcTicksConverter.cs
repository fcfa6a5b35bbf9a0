using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Conferencing.RoomEvents.Storage;

/// <summary>
/// Stores a moment as its UTC ticks: exact to the tick (so a re-sent command carries the very timestamp the first
/// one did), and a plain integer that SQLite can order and compare.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    moment => moment.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
