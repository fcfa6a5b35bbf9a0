using System.Globalization;
using System.Text.Json;
using Conferencing.HangoutBridge.Google;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>Calendar's quota as Google counts it: every request it receives, retries included.</summary>
public sealed class CalendarClientQuotaTests(GoogleServer google) : IClassFixture<GoogleServer>
{
    private const int PerUserPerMinute = 5;

    [Fact]
    public async Task CreateMeetAsync_BurstWhoseRetriesMeetFailures_NeverExceedsThePerUserQuotaInAnyMinute()
    {
        await using var harness = CalendarHarness.Create(google, new Dictionary<string, string?>
        {
            ["Google:RequestsPerMinutePerUser"] = PerUserPerMinute.ToString(CultureInfo.InvariantCulture),
            ["Google:TotalTimeout"] = "00:10:00",
        });
        google.Token(GoogleAnswers.Token());
        // Per conference: the first event answers 503 twice, the others one 503 or one 429, then success: 11 requests
        // for 5 starts, 6 of them retries that Google counts as much as the first tries.
        var conferences = Enumerable.Range(0, PerUserPerMinute).Select(_ => Guid.NewGuid()).ToList();
        var failuresBeforeSuccess = conferences.ToDictionary(EventIdentity.EventIdFor, id => id == conferences[0] ? 2 : 1);
        var tries = new Dictionary<string, int>();
        google.Answer(HttpMethod.Post, GoogleServer.EventsPath, request =>
        {
            using var body = JsonDocument.Parse(request.Body!);
            var eventId = body.RootElement.GetProperty("id").GetString()!;
            int attempt;
            lock (tries)
                attempt = tries[eventId] = tries.GetValueOrDefault(eventId) + 1;
            var conferenceId = conferences.Single(id => EventIdentity.EventIdFor(id) == eventId);
            return attempt > failuresBeforeSuccess[eventId] ? GoogleAnswers.Event(conferenceId, "success")
                : attempt % 2 == 0 || conferences.IndexOf(conferenceId) % 2 == 0 ? GoogleAnswers.Error(503, "backendError", "Backend Error")
                : GoogleAnswers.Error(429, "rateLimitExceeded", "Rate Limit Exceeded", "usageLimits", retryAfter: 2);
        });

        var creations = await harness.RunAsync(Task.WhenAll(conferences.Select(id => harness.Client.CreateMeetAsync(
            CalendarHarness.Request(id, "organizer@acme.example"), CancellationToken.None))), step: TimeSpan.FromMilliseconds(500));

        Assert.All(creations, creation => Assert.True(creation.Succeeded, creation.Failure?.Message));
        var received = google.Inserts.Select(r => r.At).Order().ToList();
        Assert.Equal(11, received.Count);
        var busiestMinute = received.Max(start => received.Count(at => at >= start && at < start + TimeSpan.FromMinutes(1)));
        Assert.True(busiestMinute <= PerUserPerMinute,
            $"Google saw {busiestMinute} calls of one user within a minute, more than its quota of {PerUserPerMinute}: "
            + string.Join(", ", received.Select(at => (at - received[0]).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture))));
    }
}
