using Microsoft.AspNetCore.Authentication.Cookies;

namespace Conferencing.RoomEvents.Web;

/// <summary>
/// The sign-in cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), eight hours,
/// and worthless as soon as <c>RoomEvents:DevSignIn</c> is switched off.
/// </summary>
public static class PageCookie
{
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = PageAuthentication.CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.Cookie.Path = "/";
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.Events.OnValidatePrincipal = context =>
        {
            if (!PageAuthentication.DevSignInEnabled(context.HttpContext))
                context.RejectPrincipal();
            return Task.CompletedTask;
        };
        // An API caller is never sent to a login page: the status code is the answer.
        options.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
