using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Conferencing.HangoutBridge.Tests.Google;

/// <summary>One answer of the Google stub: a status, a body as Google would send it, and what Google may add.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The body as sent (JSON, or anything else a broken proxy may send); none when null.</param>
/// <param name="RetryAfter">A <c>Retry-After</c> header in seconds, or none.</param>
/// <param name="Delay">How long (real time) the stub holds the answer back.</param>
internal sealed record GoogleAnswer(int Status, string? Body = null, int? RetryAfter = null, TimeSpan? Delay = null)
{
    public GoogleAnswer(int status, JsonNode body, int? retryAfter = null)
        : this(status, body.ToJsonString(), retryAfter)
    {
    }

    public ResponseMessage ToResponseMessage()
    {
        var message = new ResponseMessage { StatusCode = Status };
        message.AddHeader("Content-Type", "application/json; charset=UTF-8");
        if (RetryAfter is { } seconds)
            message.AddHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
        if (Body is not null)
            message.BodyData = new BodyData { BodyAsString = Body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
        return message;
    }
}
