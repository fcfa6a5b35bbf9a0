using System.Globalization;
using Conferencing.RoomEvents.Invitations;
using Conferencing.RoomEvents.Lifecycle;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// Words a timeline message for the chat, in Slack's mrkdwn, from the same structured facts the timeline's Markdown was
/// rendered from: the conference as it is being saved, and for an invitation shared into the room, its share.
/// </summary>
public static class ChatMessageText
{
    /// <param name="share">The share that put the invitation into this room, or null in the conference's own room.</param>
    /// <param name="sharedFromRoomName">The name of the room the share came from.</param>
    public static string For(TimelineMessage message, Conference conference, ConferenceShare? share, string? sharedFromRoomName, CultureInfo culture) =>
        message.Kind switch
        {
            TimelineMessageKind.Invitation => InvitationRenderer.Render(RoomInvitation.For(conference, share, sharedFromRoomName), culture, SlackMarkup.Instance),
            TimelineMessageKind.Failure => FailureNoticeRenderer.Render(
                new FailureNotice(conference.Provider, conference.Starter.Name, conference.FailureCode ?? "", conference.FailureRetryMayHelp, conference.Starter.Email),
                culture, SlackMarkup.Instance),
            TimelineMessageKind.Ended => EndedNoticeRenderer.Render(
                new EndedNotice(conference.Provider, conference.Topic, conference.EndedByName), culture, SlackMarkup.Instance),
            // A kind this renderer does not know yet: the timeline's Markdown is inert in Slack too (entities, broken
            // mentions and links), only less pretty (its backslash escapes show).
            _ => message.Text,
        };
}
