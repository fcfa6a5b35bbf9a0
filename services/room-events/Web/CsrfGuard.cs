namespace Conferencing.RoomEvents.Web;

/// <summary>
/// Cross-site request forgery: a state-changing call that a browser authenticates by cookie (and every state-changing
/// <c>/web/</c> call, sign-in included) must carry <c>X-Requested-With: room-page</c>. Another site's page cannot send
/// a custom header to room-events: that needs a CORS preflight, which room-events never approves. SameSite=Strict alone
/// is not enough here: it ignores ports, so every other service on 127.0.0.1 (or a sibling subdomain) is "same site".
/// Calls with the API key carry no ambient credential and need no such header.
/// </summary>
public sealed class CsrfGuard(RequestDelegate next)
{
    public const string Header = "X-Requested-With";
    public const string Value = "room-page";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (IsSafe(request.Method) || string.Equals(request.Headers[Header], Value, StringComparison.Ordinal))
            return next(context);
        if (!PageAuthentication.IsCookieUser(context) && !request.Path.StartsWithSegments(RoomPageExtensions.WebPath))
            return next(context);
        return TypedResults.Problem(
            $"A call from the web page must carry the header {Header}: {Value}.",
            statusCode: StatusCodes.Status403Forbidden,
            title: "Cross-site request refused.").ExecuteAsync(context);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
