using Conferencing.HangoutBridge.Google;
using Conferencing.Hosting.Http;
using Conferencing.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>
/// A <see cref="CalendarClient"/> wired as in production by <c>AddGoogleCalendar</c>, whose Calendar base URI and key
/// <c>token_uri</c> point at the test class's <see cref="GoogleServer"/>, on a fake clock with pinned jitter: back-offs,
/// <c>Retry-After</c> waits, quota waits and pending polls pass in no real time.
/// </summary>
internal sealed class CalendarHarness : IAsyncDisposable
{
    public const string Owner = "alice@acme.example";

    /// <summary>How far the fake clock moves per turn of <see cref="RunAsync{T}"/>.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private readonly ServiceProvider _services;
    private int _inFlight;

    private CalendarHarness(GoogleServer google, IReadOnlyDictionary<string, string?>? settings)
    {
        google.Reset(Clock);
        KeyPath = TestServiceAccountKey.WriteFile(new Uri(google.BaseUri, "token"));
        var values = new Dictionary<string, string?>
        {
            ["Google:CalendarBaseUri"] = new Uri(google.BaseUri, "calendar/v3/").ToString(),
            ["Google:ServiceAccountKeyPath"] = KeyPath,
            ["Google:MaxAttempts"] = "3",
            ["Google:RetryBaseDelay"] = "00:00:01",
            ["Google:RetryMaxDelay"] = "00:00:30",
            ["Google:AttemptTimeout"] = "00:00:10",
            ["Google:PendingPollDelay"] = "00:00:00.500",
            ["Google:PendingPollAttempts"] = "4",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;

        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(new RetryJitter { Next = () => 0.5 })
            .AddGoogleCalendar(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        // Innermost on both clients, under the pipelines: the clock stands still while a request is out.
        services.AddHttpClient(GoogleCalendarRegistration.CalendarClientName).AddHttpMessageHandler(() => new InFlight(this));
        services.AddHttpClient(TokenExchangeHttpClientFactory.ClientName).AddHttpMessageHandler(() => new InFlight(this));
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public string KeyPath { get; }

    public ICalendarConferences Client => _services.GetRequiredService<ICalendarConferences>();

    /// <summary>Three tries per call, 1 s back-off, four polls from 500 ms; <paramref name="settings"/> overrides any key.</summary>
    public static CalendarHarness Create(GoogleServer google, IReadOnlyDictionary<string, string?>? settings = null) => new(google, settings);

    public static MeetRequest Request(Guid conferenceId, string owner = Owner) =>
        new(conferenceId, owner, "Quarterly planning", new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

    /// <summary>Starts the conference of <paramref name="conferenceId"/> and moves the clock until Google's part is done.</summary>
    public Task<MeetCreation> CreateMeetAsync(Guid conferenceId, string owner = Owner) =>
        RunAsync(Client.CreateMeetAsync(Request(conferenceId, owner), CancellationToken.None));

    /// <summary>
    /// Moves the fake clock a <paramref name="step"/> (by default <see cref="Step"/>) at a time until <paramref name="call"/>
    /// is done. While a request is out the clock stands still, so that a slow loopback answer never looks like an attempt
    /// timeout; a test of the attempt timeout passes <paramref name="evenWhileRequestsAreOut"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> call, bool evenWhileRequestsAreOut = false, TimeSpan? step = null)
    {
        var by = step ?? Step;
        for (var moved = TimeSpan.Zero; !call.IsCompleted;)
        {
            Assert.True(moved < TimeSpan.FromHours(2), "The call did not finish within two hours of fake time.");
            await Task.Delay(1);
            if (evenWhileRequestsAreOut || Volatile.Read(ref _inFlight) == 0)
            {
                Clock.Advance(by);
                moved += by;
            }
        }
        return await call;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        File.Delete(KeyPath);
    }

    /// <summary>Counts the requests that are out, answer bodies included.</summary>
    private sealed class InFlight(CalendarHarness harness) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref harness._inFlight);
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                return response;
            }
            finally
            {
                Interlocked.Decrement(ref harness._inFlight);
            }
        }
    }
}
