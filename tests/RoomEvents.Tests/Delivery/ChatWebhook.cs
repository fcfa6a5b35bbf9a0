using System.Collections.Concurrent;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>
/// A chat's incoming webhook: one path of the class's <see cref="ChatServer"/>, stubbed in C#. It answers 200 "ok" unless
/// told otherwise; its journal, written before it answers (so a test that saw an answer finds the request there), tells
/// every attempt and which of them it accepted, in the order they came.
/// </summary>
public sealed class ChatWebhook : IDisposable
{
    private readonly WireMockServer _server;
    private readonly string _path;
    private readonly Guid _stub = Guid.NewGuid();
    private readonly ConcurrentQueue<WebhookRequest> _journal = new();
    private volatile ChatAnswer _answer = ChatAnswer.Accepted;

    internal ChatWebhook(WireMockServer server, string path)
    {
        _server = server;
        _path = path;
        server.Given(Request.Create().WithPath(path)).WithGuid(_stub).RespondWith(Response.Create().WithCallback(AnswerAsync));
    }

    public Uri Url => new(_server.Url + _path);

    /// <summary>From now on every request gets <paramref name="answer"/>.</summary>
    public void Answer(ChatAnswer answer) => _answer = answer;

    /// <summary>From now on every request gets <paramref name="status"/> (and <paramref name="body"/>), until <see cref="ComeBack"/>.</summary>
    public void GoDown(int status = 503, string body = "service unavailable") => Answer(new ChatAnswer(status, body));

    /// <summary>From now on every connection is reset before an answer, until <see cref="ComeBack"/>.</summary>
    public void BreakConnections() => Answer(ChatAnswer.Reset);

    public void ComeBack() => Answer(ChatAnswer.Accepted);

    /// <summary>Every request the webhook got, answered or not, oldest first.</summary>
    public IReadOnlyList<WebhookRequest> Attempts => [.. _journal];

    /// <summary>The requests it accepted, oldest first.</summary>
    public IReadOnlyList<WebhookRequest> Delivered => [.. _journal.Where(request => request.Accepted)];

    public void Dispose() => _server.DeleteMapping(_stub);

    private async Task<IResponseMessage> AnswerAsync(IRequestMessage request)
    {
        var answer = _answer;
        _journal.Enqueue(WebhookRequest.From(request, answer.Accepts));
        if (answer.Delay is { } delay)
            await Task.Delay(delay);
        return answer.ToResponseMessage();
    }
}
