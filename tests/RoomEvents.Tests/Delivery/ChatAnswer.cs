using System.Text;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>How a <see cref="ChatWebhook"/> answers: a status and body, headers, held back for a while, or not at all.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body, as Slack words its answers ("ok", "no_service").</param>
/// <param name="Headers">Headers to add (<c>Retry-After</c>, <c>Location</c>).</param>
/// <param name="Delay">How long (real time) the webhook holds the answer back.</param>
public sealed record ChatAnswer(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null, TimeSpan? Delay = null)
{
    /// <summary>What a working chat answers.</summary>
    public static readonly ChatAnswer Accepted = new(200, "ok");

    /// <summary>No answer: the connection is reset by peer (<see cref="ConnectionReset"/>).</summary>
    public static readonly ChatAnswer Reset = new(200) { ResetsConnection = true };

    public bool ResetsConnection { get; private init; }

    /// <summary>Whether the chat took the message: a 2xx that reaches the caller.</summary>
    public bool Accepts => Status is >= 200 and < 300 && !ResetsConnection;

    public ResponseMessage ToResponseMessage()
    {
        var message = new ResponseMessage { StatusCode = Status };
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
            message.AddHeader(name, value);
        if (ResetsConnection)
            message.AddHeader(ConnectionReset.Header, "reset");
        message.BodyData = new BodyData { BodyAsString = Body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
        return message;
    }
}
