using Conferencing.Contracts;
using Conferencing.RoomEvents.Api;

namespace Conferencing.RoomEvents.Validation;

/// <summary>The rules of <c>POST /api/rooms/{roomId}/conferences</c>, its acting user and its <c>Idempotency-Key</c>.</summary>
public static class StartConferenceRequestValidator
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const int MaxIdempotencyKeyLength = 255;
    private static readonly string[] Providers = [ConferenceProviders.GoogleHangout, ConferenceProviders.UberConference];

    public static InputErrors Validate(string roomId, string? userId, string? idempotencyKey, StartConferenceRequest? request)
    {
        var errors = new InputErrors();
        errors.CheckId("roomId", roomId);
        errors.CheckId(ActingUser.Header, userId);
        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > MaxIdempotencyKeyLength || idempotencyKey.Any(c => c is < ' ' or > '~')))
            errors.Add(IdempotencyKeyHeader, $"1 to {MaxIdempotencyKeyLength} printable ASCII characters.");
        if (request is null)
        {
            errors.Add("body", "A JSON object is required.");
            return errors;
        }

        if (string.IsNullOrEmpty(request.Provider))
            errors.Add("provider", "Required.");
        else if (!Providers.Contains(request.Provider, StringComparer.Ordinal))
            errors.Add("provider", $"Unknown provider; known are {string.Join(", ", Providers)}.");
        errors.CheckText("topic", request.Topic, InputErrors.MaxTopicLength, required: false);
        return errors;
    }
}
