using Conferencing.Hosting.Http;
using Conferencing.Testing;
using Conferencing.UberConferenceBridge.Dialpad;
using Conferencing.UberConferenceBridge.Rooms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>
/// The meeting-room lookup wired as in production by <c>AddDialpadMeetingRooms</c>, pointed at a <see cref="DialpadServer"/>,
/// on fake time with pinned jitter: a back-off or a quota wait passes when the test moves the clock, not on the real one.
/// </summary>
internal sealed class DialpadHarness : IAsyncDisposable
{
    // How far fake time moves per step while the bridge waits on a timer: well under the 50 ms the quota keeps in hand.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    private readonly ServiceProvider _services;

    private DialpadHarness(ServiceProvider services, FakeTimeProvider clock, WatchedWire wire)
    {
        _services = services;
        Clock = clock;
        Wire = wire;
    }

    public FakeTimeProvider Clock { get; }

    public WatchedWire Wire { get; }

    public IMeetingRooms Rooms => _services.GetRequiredService<IMeetingRooms>();

    public CompanyRooms CompanyRooms => _services.GetRequiredService<CompanyRooms>();

    /// <summary>
    /// Three tries per call, 10 ms base back-off, a 30 s attempt timeout (fake time, so never reached unless moved there);
    /// <paramref name="settings"/> overrides any key.
    /// </summary>
    public static DialpadHarness Create(DialpadServer dialpad, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(dialpad);
        var values = new Dictionary<string, string?>
        {
            ["UberConference:BaseUri"] = dialpad.BaseUri,
            ["UberConference:ApiKey"] = DialpadRooms.ApiKey,
            ["UberConference:MaxAttempts"] = "3",
            ["UberConference:RetryBaseDelay"] = "00:00:00.010",
            ["UberConference:RetryMaxDelay"] = "00:00:03",
            ["UberConference:AttemptTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;

        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var wire = new WatchedWire(clock);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(new RetryJitter { Next = () => 0.5 })
            .AddDialpadMeetingRooms(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        // The production chain stays whole; only the socket handler at its end is watched.
        services.AddHttpClient(DialpadRegistration.Client).ConfigurePrimaryHttpMessageHandler(() => wire);
        return new DialpadHarness(services.BuildServiceProvider(validateScopes: true), clock, wire);
    }

    /// <summary>One lookup, as a start makes it; time does not move on its own.</summary>
    public Task<RoomLookup> FindAsync(string email) => Rooms.FindAsync(email, Guid.NewGuid(), CancellationToken.None);

    /// <summary>
    /// Moves fake time a <see cref="Step"/> at a time until <paramref name="call"/> is done, whenever no request is on the
    /// wire (or, with <paramref name="evenWhileOnTheWire"/>, always: to let an attempt time out under a slow answer).
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> call, bool evenWhileOnTheWire = false)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var steps = 0; !call.IsCompleted && steps < 100_000; steps++)
        {
            // A real millisecond for sockets and continuations to run; then the clock moves if the bridge only waits.
            await Task.WhenAny(call, Task.Delay(1));
            if (!call.IsCompleted && (evenWhileOnTheWire || Wire.Idle))
                Clock.Advance(Step);
        }
        return await call;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Wire.Dispose();
    }
}
