using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.EndToEnd.Tests;

/// <summary>What an operator's tracing and metrics see of a click.</summary>
public sealed class TelemetryTests(Suite suite) : IClassFixture<Suite>
{
    [Fact]
    public async Task Start_GoogleHangout_OneTraceAcrossTheServices()
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        var roomId = await RoomSetup.CreateAsync(alice);
        // The chat backend's own trace, as a W3C traceparent: the whole click must continue it.
        var traceId = ActivityTraceId.CreateRandom();
        using var click = new HttpRequestMessage(HttpMethod.Post, $"/api/rooms/{roomId}/conferences")
        {
            Content = JsonContent.Create(new { provider = "google-hangout", topic = "Traced" }),
        };
        click.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await alice.SendAsync(click);
        var conferenceId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
        await suite.RoomEventsConsumed.WaitForAsync<Contracts.ConferenceStarted>(started => started.ConferenceId == conferenceId);

        // The consumer's span of ConferenceStarted ends after the consume observer saw it: wait for it rather than sleep.
        IReadOnlyList<Activity> trace = [];
        await Eventually.TrueAsync(() =>
        {
            trace = [.. suite.Spans.Distinct().Where(span => span.TraceId == traceId)];
            return Task.FromResult(trace.Any(span => IsConsumeOf(span, "conference-started")));
        }, "room-events' consume of ConferenceStarted never joined the click's trace");

        Assert.Contains(trace, span => span.Kind == ActivityKind.Server && span.GetTagItem("http.route") as string == "/api/rooms/{roomId}/conferences");
        Assert.Contains(trace, span => span.Kind == ActivityKind.Producer && Destination(span)?.Contains("start-google-hangout", StringComparison.Ordinal) == true);
        Assert.Contains(trace, span => IsConsumeOf(span, "start-google-hangout"));
        Assert.Contains(trace, span => span.Kind == ActivityKind.Client
            && span.GetTagItem("url.full") is string url && url.Contains("/calendar/v3/calendars/primary/events", StringComparison.Ordinal));
        Assert.Contains(trace, span => span.Kind == ActivityKind.Producer && Destination(span)?.Contains("ConferenceStarted", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("room-events", "conferencing_starts_accepted_total")]
    [InlineData("hangout-bridge", "conferencing_provider_call_duration_seconds_count{otel_scope_name=\"Conferencing\",outcome=\"started\",provider=\"google-hangout\"}")]
    [InlineData("uberconference-bridge", "conferencing_provider_call_duration_seconds_count{otel_scope_name=\"Conferencing\",outcome=\"started\",provider=\"uberconference\"}")]
    public async Task Metrics_AnyService_AnswersInPrometheusTextWithoutAKey(string service, string metric)
    {
        using var alice = suite.RoomEventsFor(RoomSetup.Alice);
        var roomId = await RoomSetup.CreateAsync(alice);
        foreach (var provider in new[] { "google-hangout", "uberconference" })
        {
            using var started = await alice.PostAsJsonAsync($"/api/rooms/{roomId}/conferences", new { provider });
            var conferenceId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("conferenceId").GetGuid();
            await suite.RoomEventsConsumed.WaitForAsync<Contracts.ConferenceStarted>(message => message.ConferenceId == conferenceId);
        }
        using var client = suite.ServiceClient(service);

        // The exporter caches a scrape briefly; a metric recorded just now may need the next one.
        await Eventually.TrueAsync(async () =>
        {
            using var scrape = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
            Assert.StartsWith("text/plain", scrape.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            return (await scrape.Content.ReadAsStringAsync()).Contains(metric, StringComparison.Ordinal);
        }, $"{service}'s /metrics never showed {metric}");
    }

    private static string? Destination(Activity span) => span.GetTagItem("messaging.destination.name") as string ?? span.DisplayName;

    private static bool IsConsumeOf(Activity span, string queue) =>
        span.Kind == ActivityKind.Consumer && (span.DisplayName.Contains(queue, StringComparison.Ordinal) || Destination(span)?.Contains(queue, StringComparison.Ordinal) == true);
}
