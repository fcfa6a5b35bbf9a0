using System.Security.Claims;
using Conferencing.RoomEvents.Storage;

namespace Conferencing.RoomEvents.Web;

/// <summary>
/// <c>GET /web/labels</c>: the page's words as JSON, in the signed-in member's team language, or in <c>?locale=</c>
/// (the sign-in screen has no team yet and asks in the browser's language). Words only, no data: open like the page.
/// </summary>
public static class LabelEndpoints
{
    public static async Task<IResult> GetAsync(HttpContext context, string? locale, RoomEventsDb db, CancellationToken cancellationToken)
    {
        if (locale is null && PageAuthentication.IsCookieUser(context)
            && context.User.FindFirstValue(PageAuthentication.TeamClaim) is { } teamId
            && await db.Teams.FindAsync([teamId], cancellationToken) is { } team)
            locale = team.Locale;
        var supported = PageLabels.Supported(locale);
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Ok(new PageLabelsView(supported, PageLabels.For(supported)));
    }
}
