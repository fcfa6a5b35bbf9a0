using Conferencing.RoomEvents.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Web;

/// <summary>
/// How a call proves who it is: the chat backend's API key (with <c>X-User-Id</c>), or the web page's sign-in cookie.
/// A policy scheme picks one per request: a request with an <c>Authorization</c> header is the chat backend's, anything
/// else may be the page's. Refusals are always the API key's 401 problem, never a redirect to a login page.
/// </summary>
public static class PageAuthentication
{
    /// <summary>The default scheme of room-events: forwards to <see cref="ApiKeyAuthentication"/> or to the cookie.</summary>
    public const string ApiKeyOrCookieScheme = "ApiKeyOrPageCookie";

    /// <summary>The development sign-in's cookie scheme.</summary>
    public const string CookieScheme = "PageCookie";

    /// <summary>Endpoints only the chat backend may call (creating teams and rooms): the API key, never a page's cookie.</summary>
    public const string ChatBackendPolicy = "ChatBackend";

    public const string CookieName = "room-page";
    public const string TeamClaim = "team";

    public static AuthenticationBuilder AddPageSignIn(this AuthenticationBuilder authentication)
    {
        // Two room-events processes on one machine read each other's cookies (same key ring, same application name).
        authentication.Services.AddDataProtection().SetApplicationName("conferencing-room-events");
        authentication.Services.AddAuthorizationBuilder().AddPolicy(ChatBackendPolicy, policy => policy
            .AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName)
            .RequireAuthenticatedUser());

        return authentication
            .AddCookie(CookieScheme, PageCookie.Configure)
            .AddPolicyScheme(ApiKeyOrCookieScheme, "API key or the page's sign-in cookie", scheme =>
            {
                scheme.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.Count > 0 || !DevSignInEnabled(context)
                        ? ApiKeyAuthentication.SchemeName
                        : CookieScheme;
                // A missing or stale cookie is answered like a missing key: 401 problem+json, no redirect.
                scheme.ForwardChallenge = ApiKeyAuthentication.SchemeName;
            });
    }

    public static bool DevSignInEnabled(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptionsMonitor<RoomEventsOptions>>().CurrentValue.DevSignIn;

    /// <summary>True when the request was authenticated by the page's cookie (and so must pass the CSRF check).</summary>
    public static bool IsCookieUser(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, AuthenticationType: CookieScheme };
}
