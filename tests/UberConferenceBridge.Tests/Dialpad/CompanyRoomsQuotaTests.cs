using Conferencing.Testing;
using WireMock.ResponseBuilders;

namespace Conferencing.UberConferenceBridge.Tests.Dialpad;

/// <summary>Dialpad counts every request against the company's quota, retries too; so does the bridge.</summary>
public sealed class CompanyRoomsQuotaTests : IClassFixture<DialpadServer>
{
    private const int PerSecond = 5;
    private const int Listings = 6;

    private readonly DialpadServer _dialpad;

    public CompanyRoomsQuotaTests(DialpadServer dialpad)
    {
        _dialpad = dialpad;
        _dialpad.Clear();
    }

    [Fact]
    public async Task ListAsync_BurstWithRetries_NeverMoreThanTheQuotaInAnySecond()
    {
        await using var harness = DialpadHarness.Create(_dialpad, new Dictionary<string, string?>
        {
            ["UberConference:RequestsPerSecond"] = PerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["UberConference:MaxAttempts"] = "4",
            // Retries come back well inside a second: only a quota turn per attempt keeps them from crowding one.
            ["UberConference:RetryBaseDelay"] = "00:00:00.100",
            ["UberConference:RetryMaxDelay"] = "00:00:01",
            // Two refusals per listing are the script here, not an outage: the circuit stays closed.
            ["UberConference:BreakerMinimumThroughput"] = "100",
        });
        // The first two requests per listing are refused (503, then 429 without Retry-After); the stub notes when each
        // arrived on the bridge's fake clock, which stands still while a request is on the wire.
        var arrivals = new List<DateTimeOffset>();
        _dialpad.AnyListing().RespondWith(Response.Create().WithCallback(_ =>
        {
            int number;
            lock (arrivals)
            {
                arrivals.Add(harness.Clock.GetUtcNow());
                number = arrivals.Count;
            }
            return number > 2 * Listings
                ? DialpadServer.Message(200, DialpadServer.PageJson(null, DialpadRooms.Room("alice@acme.example")))
                : DialpadServer.Message(number % 2 == 1 ? 503 : 429);
        }));

        var burst = Task.WhenAll(Enumerable.Range(0, Listings).Select(_ => harness.CompanyRooms.ListAsync(CancellationToken.None)));
        var listings = await harness.RunAsync(burst);

        Assert.All(listings, rooms => Assert.Equal("alice@acme.example", Assert.Single(rooms).Email));
        Assert.Equal(3 * Listings, arrivals.Count);
        var busiest = arrivals.Max(start => arrivals.Count(at => at >= start && at < start + TimeSpan.FromSeconds(1)));
        Assert.True(busiest <= PerSecond, $"{busiest} requests reached Dialpad within one second; the quota is {PerSecond}. Arrivals: "
            + string.Join(", ", arrivals.Select(at => (at - arrivals[0]).TotalMilliseconds)));
    }
}
