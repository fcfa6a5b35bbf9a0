using System.Collections.Concurrent;
using Conferencing.HangoutBridge.Google;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>
/// Google's token endpoint and Calendar v3 as an in-process WireMock.Net server, one per test class. Each test starts
/// from <see cref="Reset"/>; the stub keeps its own journal, written before it answers, so a test that got its answer
/// finds the request there.
/// </summary>
public sealed class GoogleServer : IDisposable
{
    public const string EventsPath = "/calendar/v3/calendars/primary/events";
    public const string TokenPath = "/token";

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private TimeProvider _clock = TimeProvider.System;

    public Uri BaseUri => new($"{_server.Url}/");

    /// <summary>No stubs, an empty journal, and <paramref name="clock"/> to date what arrives.</summary>
    public void Reset(TimeProvider clock)
    {
        _server.Reset();
        _received.Clear();
        _clock = clock;
    }

    internal void Token(params GoogleAnswer[] answers) => Answer(HttpMethod.Post, TokenPath, InTurn(answers));

    internal void Insert(params GoogleAnswer[] answers) => Answer(HttpMethod.Post, EventsPath, InTurn(answers));

    internal void Get(Guid conferenceId, params GoogleAnswer[] answers) =>
        Answer(HttpMethod.Get, $"{EventsPath}/{EventIdentity.EventIdFor(conferenceId)}", InTurn(answers));

    /// <summary>Answers every <paramref name="method"/> request to <paramref name="path"/> (exactly) as <paramref name="answer"/> says.</summary>
    internal void Answer(HttpMethod method, string path, Func<IRequestMessage, GoogleAnswer> answer) =>
        _server.Given(Request.Create().WithPath(path).UsingMethod(method.Method))
            .RespondWith(Response.Create().WithCallback(async request =>
            {
                _received.Enqueue(new ReceivedRequest(request, _clock.GetUtcNow()));
                var chosen = answer(request);
                if (chosen.Delay is { } delay)
                    await Task.Delay(delay);
                return chosen.ToResponseMessage();
            }));

    internal IReadOnlyList<ReceivedRequest> Inserts => Received(HttpMethod.Post, path => path == EventsPath);

    internal IReadOnlyList<ReceivedRequest> Gets => Received(HttpMethod.Get, path => path.StartsWith(EventsPath + "/", StringComparison.Ordinal));

    internal IReadOnlyList<ReceivedRequest> TokenRequests => Received(HttpMethod.Post, path => path == TokenPath);

    public void Dispose() => _server.Dispose();

    /// <summary>Each request gets the next answer; the last one answers every request after it.</summary>
    private static Func<IRequestMessage, GoogleAnswer> InTurn(GoogleAnswer[] answers)
    {
        var next = -1;
        return _ => answers[Math.Min(Interlocked.Increment(ref next), answers.Length - 1)];
    }

    private List<ReceivedRequest> Received(HttpMethod method, Func<string, bool> path) =>
        [.. _received.Where(r => r.Request.Method == method.Method && path(r.Request.Path))];
}
