namespace Conferencing.RoomEvents.Web;

/// <summary>The live web room page: static files from wwwroot at <c>/</c>, its words and its development sign-in under <c>/web</c>.</summary>
public static class RoomPageExtensions
{
    public const string WebPath = "/web";

    /// <summary>Before authentication: security headers on every answer, then the page's static files (open to all).</summary>
    public static WebApplication UseRoomPage(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseDefaultFiles();
        // Revalidated on every load (ETag): a page without a build step has no hashed file names to bust a cache with.
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache" });
        return app;
    }

    /// <summary>After authentication: the cookie's member becomes the acting user, and cookie calls pass the CSRF check.</summary>
    public static WebApplication UsePageSignIn(this WebApplication app)
    {
        app.UseMiddleware<CookieActingUser>();
        app.UseMiddleware<CsrfGuard>();
        return app;
    }

    public static WebApplication MapRoomPage(this WebApplication app)
    {
        var web = app.MapGroup(WebPath);
        web.MapGet("/labels", LabelEndpoints.GetAsync);
        web.MapGet("/directory", SignInEndpoints.DirectoryAsync);
        web.MapPost("/sign-in", SignInEndpoints.SignInAsync);
        // A cast: the handler takes only the HttpContext, which would otherwise make it a RequestDelegate whose result is dropped.
        web.MapPost("/sign-out", (Delegate)SignInEndpoints.SignOutAsync);
        web.MapGet("/session", SignInEndpoints.SessionAsync);
        return app;
    }
}
