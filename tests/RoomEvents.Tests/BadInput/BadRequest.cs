using System.Net;

namespace Conferencing.RoomEvents.Tests.BadInput;

/// <summary>
/// One row of the bad-input table: a request a careless or hostile client sends, and the 4xx room-events must answer.
/// <c>{room}</c> and <c>{team}</c> in the path stand for the test's own room and team.
/// </summary>
/// <param name="Case">What is wrong, as the README's table says it.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, with <c>{room}</c>/<c>{team}</c> placeholders.</param>
/// <param name="Body">The raw body, or null for none.</param>
/// <param name="Expected">The status room-events must answer with.</param>
public sealed record BadRequest(string Case, string Method, string Path, string? Body, HttpStatusCode Expected)
{
    /// <summary>The content type of the body; JSON unless a row says otherwise.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>The <c>Authorization</c> header; the valid API key unless a row says otherwise (null: none).</summary>
    public string? Authorization { get; init; } = "Bearer " + Hosting.RoomEventsHost.ApiKey;

    /// <summary>The acting user (<c>X-User-Id</c>); null: none.</summary>
    public string? UserId { get; init; }

    /// <summary>The <c>Idempotency-Key</c>; null: none.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Slack's signature headers (timestamp, signature) for <c>/slack/commands</c>.</summary>
    public (string Timestamp, string Signature)? SlackSignature { get; init; }

    public override string ToString() => Case;
}
