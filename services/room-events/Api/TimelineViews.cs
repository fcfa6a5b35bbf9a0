using Conferencing.RoomEvents.Lifecycle;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// What one member sees of a conference and of a timeline message, in the room they look at: in a room the invitation
/// was shared into, that room's own excluded members. The timeline, the live stream and the end answer use these.
/// </summary>
public static class TimelineViews
{
    public static ConferenceView Conference(Conference conference, ConferenceShare? share, RoomMember viewer)
    {
        var view = ConferenceView.For(conference, viewer);
        return share is null
            ? view
            : view with { ExcludedMembers = [.. share.ExcludedMembers.Select(m => new MemberView(m.UserId, m.Name))] };
    }

    public static TimelineMessageView Message(TimelineMessage message, Conference conference, ConferenceShare? share, RoomMember viewer)
    {
        var structured = Conference(conference, share, viewer);
        return message.Kind switch
        {
            TimelineMessageKind.Invitation => new(message.MessageId, message.Kind, message.ConferenceId, message.Text, message.CreatedAt, structured, null),
            TimelineMessageKind.Failure => new(message.MessageId, message.Kind, message.ConferenceId, message.Text, message.CreatedAt, null, structured.Failure),
            _ => new(message.MessageId, message.Kind, message.ConferenceId, message.Text, message.CreatedAt, null, null),
        };
    }
}
