namespace Conferencing.RoomEvents.Web;

/// <summary>Who the page is signed in as: <c>GET /web/session</c> and the answer to a sign-in.</summary>
public sealed record SessionView(string TeamId, string TeamName, string Locale, string UserId, string Name);
