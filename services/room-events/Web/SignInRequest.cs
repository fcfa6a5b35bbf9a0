namespace Conferencing.RoomEvents.Web;

/// <summary>Body of <c>POST /web/sign-in</c>: the team and the member to be.</summary>
public sealed record SignInRequest(string? TeamId, string? UserId);
