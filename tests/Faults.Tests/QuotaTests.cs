using System.Text.Json;
using Conferencing.Testing;

namespace Conferencing.Faults.Tests;

/// <summary>A burst from one user queues in the bridge instead of tripping Calendar's per-user quota.</summary>
public sealed class QuotaTests
{
    private const int Burst = 2000;
    private const int CalendarCallsPerMinutePerUser = 600; // hangout-bridge's default, Calendar's documented quota

    [Fact]
    public async Task GoogleBurst_FromOneUser_StaysUnderThePerUserQuotaAndCompletes()
    {
        // Unanswered starts are not re-sent during the burst: a queued command is not a lost one.
        await using var suite = await ProcessSuite.StartAsync(rooms: 4, redriveAfter: TimeSpan.FromMinutes(10));

        var starts = await new ChatBackend(suite).RunAsync(Burst, concurrency: 16, faultAfter: Burst, () => Task.CompletedTask,
            providers: ["google-hangout"]);

        await OneClickOneInvitation.AssertHeldAsync(suite, starts, answeredWithin: TimeSpan.FromMinutes(6));
        var calls = (await suite.Google.RequestsAsync("ANY", "/calendar/v3/.*"))
            .Select(request => DateTimeOffset.FromUnixTimeMilliseconds(request.GetProperty("loggedDate").GetInt64()))
            .Order()
            .ToList();
        Assert.True(calls.Count >= Burst, $"only {calls.Count} Calendar calls for {Burst} starts");
        var busiestMinute = BusiestMinute(calls);
        Assert.True(busiestMinute <= CalendarCallsPerMinutePerUser,
            $"{busiestMinute} Calendar calls in one minute; the quota is {CalendarCallsPerMinutePerUser}");
    }

    // The most calls inside any 60-second window (not only windows that start on the minute).
    private static int BusiestMinute(List<DateTimeOffset> calls)
    {
        var busiest = 0;
        for (int first = 0, last = 0; last < calls.Count; last++)
        {
            while (calls[last] - calls[first] >= TimeSpan.FromMinutes(1))
                first++;
            busiest = Math.Max(busiest, last - first + 1);
        }
        return busiest;
    }
}
