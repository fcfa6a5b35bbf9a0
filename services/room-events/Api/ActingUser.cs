using Conferencing.RoomEvents.Validation;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// The chat user a call is made for, named by the chat backend in the <c>X-User-Id</c> header. For a call the web page
/// makes with its sign-in cookie, <see cref="Web.CookieActingUser"/> puts the signed-in member there instead (replacing
/// whatever the browser sent), so endpoints read the acting user from this header however the caller signed in.
/// </summary>
public static class ActingUser
{
    public const string Header = "X-User-Id";

    /// <summary>A 400 problem when the header is missing or malformed, else null.</summary>
    public static IResult? Check(string? userId)
    {
        var errors = new InputErrors();
        errors.CheckId(Header, userId);
        return errors.IsEmpty ? null : ApiProblems.Invalid(errors);
    }
}
