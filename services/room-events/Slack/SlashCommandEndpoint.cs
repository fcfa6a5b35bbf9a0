using System.Globalization;
using Conferencing.Contracts;
using Conferencing.RoomEvents.Api;
using Conferencing.RoomEvents.Conferences;
using Conferencing.RoomEvents.Delivery;
using Conferencing.RoomEvents.Invitations;
using Conferencing.RoomEvents.Storage;
using Conferencing.RoomEvents.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Slack;

/// <summary>
/// <c>POST /slack/commands</c>: Slack's <c>/hangout [topic]</c> and <c>/uberconference [topic]</c>. Authenticated by
/// Slack's request signature instead of the API key. Answers at once with an ephemeral note; the invitation follows
/// through the room's webhook. Requests that are not Slack's (bad or missing signature, stale timestamp, replay) get a
/// 401 problem; Slack's users get a 200 with an explanation in their language, which Slack shows them (any other status
/// shows them only Slack's generic "failed" line).
/// </summary>
public static class SlashCommandEndpoint
{
    // Keeps Slack's trigger ids apart from the keys API clients choose.
    private const string KeyPrefix = "slack:";

    // Slack's forms are a few hundred bytes; nothing bigger is read, let alone hashed.
    private const int MaxBodyBytes = 16 * 1024;

    // Slack shows "operation timed out" after 3 s; the stored conference is the promise, the re-drive sends it later.
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(2);

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptionsMonitor<SlackOptions> options,
        SlackReplayGuard replays,
        TimeProvider clock,
        RoomEventsDb db,
        ConferenceStarter starter,
        ILogger<SlashCommand> logger,
        CancellationToken cancellationToken)
    {
        if (options.CurrentValue.SigningSecret is not { Length: > 0 } secret)
            return ApiProblems.NotFound("Slack slash commands are not set up on this server.");

        var request = http.Request;
        request.EnableBuffering();
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
            return TypedResults.Problem($"At most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request is too large.");

        // Verified on the raw bytes, before anything of the body is parsed.
        var timestamp = request.Headers[SlackSignature.TimestampHeader].ToString();
        var signature = request.Headers[SlackSignature.SignatureHeader].ToString();
        if (!SlackSignature.IsFresh(timestamp, clock.GetUtcNow(), out var signedAt))
            return Unauthorized(logger, $"{SlackSignature.TimestampHeader} is missing or more than five minutes away from now.");
        if (!SlackSignature.Matches(secret, timestamp, body, signature))
            return Unauthorized(logger, $"{SlackSignature.SignatureHeader} does not match the body.");
        if (!replays.TryRecord(signature, signedAt))
            return Unauthorized(logger, "This request was received before (a replay).");

        request.Body.Position = 0;
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(
                "Slack sends slash commands as application/x-www-form-urlencoded.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not a form.");
        }
        var command = SlashCommand.From(await request.ReadFormAsync(cancellationToken));
        if (command.IsSslCheck)
            return TypedResults.Ok();

        var text = await AnswerAsync(command, db, starter, cancellationToken);
        logger.Answered(command.Command, command.UserId, command.ChannelId, command.TeamId, text);
        return TypedResults.Json(SlackReply.Ephemeral(text));
    }

    private static async Task<string> AnswerAsync(SlashCommand command, RoomEventsDb db, ConferenceStarter starter, CancellationToken cancellationToken)
    {
        var team = IsId(command.TeamId) ? await db.Teams.FindAsync([command.TeamId], cancellationToken) : null;
        var culture = team is null ? SlashCommandTexts.Default : InvitationTexts.CultureFor(team.Locale);
        if (ProviderOf(command.Command) is not { } provider)
            return SlashCommandTexts.Format("UnknownCommand", culture, SlackText.Escape(command.Command));
        if (team is null)
            return SlashCommandTexts.Get("UnknownWorkspace", culture);
        var room = IsId(command.ChannelId) ? await db.Rooms.FindAsync([command.ChannelId], cancellationToken) : null;
        if (room is null || room.TeamId != team.Id)
            return SlashCommandTexts.Get("UnknownChannel", culture);
        if (!IsId(command.UserId))
            return SlashCommandTexts.Get("NotAMember", culture);

        var topicErrors = new InputErrors();
        topicErrors.CheckText("topic", command.Text, InputErrors.MaxTopicLength, required: false);
        if (!topicErrors.IsEmpty)
            return SlashCommandTexts.Format("InvalidTopic", culture, InputErrors.MaxTopicLength);
        var topic = string.IsNullOrWhiteSpace(command.Text) ? null : command.Text.Trim();

        // Slack's trigger id is unique per invocation: as the idempotency key, a repeat of this request starts nothing new.
        var outcome = await starter.StartAsync(
            room.Id, command.UserId, IdempotencyKey(command.TriggerId), new StartConferenceRequest(provider, topic), SendTimeout, cancellationToken);
        var providerName = SlackMarkup.Instance.ProviderName(provider, culture);
        return outcome switch
        {
            StartOutcome.Accepted => room.WebhookUrl is null
                ? $"{SlashCommandTexts.Format("Starting", culture, providerName)}\n{SlashCommandTexts.Get("NoWebhook", culture)}"
                : SlashCommandTexts.Format("Starting", culture, providerName),
            StartOutcome.NotAMember => SlashCommandTexts.Get("NotAMember", culture),
            StartOutcome.ProviderSwitchedOff => SlashCommandTexts.Format("ProviderSwitchedOff", culture, providerName),
            StartOutcome.RoomNotFound => SlashCommandTexts.Get("UnknownChannel", culture),
            _ => SlashCommandTexts.Get("AlreadyHandled", culture),
        };
    }

    private static string? ProviderOf(string command) => command switch
    {
        "/hangout" => ConferenceProviders.GoogleHangout,
        "/uberconference" => ConferenceProviders.UberConference,
        _ => null,
    };

    private static bool IsId(string value)
    {
        var errors = new InputErrors();
        errors.CheckId("id", value);
        return errors.IsEmpty;
    }

    private static string? IdempotencyKey(string triggerId) =>
        triggerId.Length > 0 && triggerId.Length <= StartConferenceRequestValidator.MaxIdempotencyKeyLength - KeyPrefix.Length && triggerId.All(c => c is >= ' ' and <= '~')
            ? KeyPrefix + triggerId
            : null;

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        using var body = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
                return null;
            body.Write(chunk, 0, read);
        }
        return body.ToArray();
    }

    private static ProblemHttpResult Unauthorized(ILogger logger, string reason)
    {
        logger.Refused(reason);
        return TypedResults.Problem(reason, statusCode: StatusCodes.Status401Unauthorized, title: "Not a verified Slack request.");
    }
}
