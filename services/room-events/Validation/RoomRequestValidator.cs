using System.Globalization;
using Conferencing.RoomEvents.Api;

namespace Conferencing.RoomEvents.Validation;

/// <summary>The rules of <c>PUT /api/rooms/{roomId}</c>; whether the team exists is the endpoint's to check.</summary>
public static class RoomRequestValidator
{
    public const int MaxMembers = 1000;

    public static InputErrors Validate(string roomId, RoomRequest? request)
    {
        var errors = new InputErrors();
        errors.CheckId("roomId", roomId);
        if (request is null)
        {
            errors.Add("body", "A JSON object is required.");
            return errors;
        }

        errors.CheckId("teamId", request.TeamId);
        errors.CheckText("name", request.Name, InputErrors.MaxNameLength, required: true);
        errors.CheckUrl("webhookUrl", request.WebhookUrl);

        // A PUT replaces the room: a forgotten member list would silently empty it, so the list must be there (it may be []).
        if (request.Members is not { } members)
        {
            errors.Add("members", "The member list is required; send [] for a room without members.");
            return errors;
        }
        if (members.Count > MaxMembers)
        {
            errors.Add("members", $"At most {MaxMembers} members.");
            return errors;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"members[{i}]");
            if (members[i] is not { } member)
            {
                errors.Add(field, "A member object is required.");
                continue;
            }
            errors.CheckId(field + ".userId", member.UserId);
            errors.CheckText(field + ".name", member.Name, InputErrors.MaxNameLength, required: true);
            errors.CheckEmail(field + ".email", member.Email);
            if (member.UserId is not null && !seen.Add(member.UserId))
                errors.Add(field + ".userId", "Listed twice.");
        }
        return errors;
    }
}
