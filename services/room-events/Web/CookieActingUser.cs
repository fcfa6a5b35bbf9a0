using System.Security.Claims;
using Conferencing.RoomEvents.Api;

namespace Conferencing.RoomEvents.Web;

/// <summary>
/// Makes the signed-in member the acting user of a cookie-authenticated call: <c>X-User-Id</c> is set from the cookie,
/// and whatever the browser sent in it is replaced. So every endpoint reads its acting user from
/// <see cref="ActingUser.Header"/>, whichever way the caller signed in, and a page cannot act for anyone else.
/// </summary>
public sealed class CookieActingUser(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (PageAuthentication.IsCookieUser(context))
            context.Request.Headers[ActingUser.Header] = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return next(context);
    }
}
