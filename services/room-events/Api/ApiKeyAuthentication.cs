using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Api;

/// <summary>
/// The chat backend's credential: <c>Authorization: Bearer &lt;key&gt;</c>, one of <c>RoomEvents:ApiKeys</c>.
/// A refusal is a 401 problem+json; the presented key is never logged.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<RoomEventsOptions> roomEvents,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (!IsConfiguredKey(header[BearerPrefix.Length..].Trim(), roomEvents.CurrentValue.ApiKeys))
            return Task.FromResult(AuthenticateResult.Fail("The API key is not one of RoomEvents:ApiKeys."));

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "chat-backend")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "An API key is required.",
                Detail = "Send Authorization: Bearer <key> with a key of RoomEvents:ApiKeys.",
            },
        });
    }

    /// <summary>
    /// Compares hashes in constant time (equal lengths, no early exit) and looks at every key, so that the time taken
    /// tells nothing about how close a guess came or which key matched.
    /// </summary>
    public static bool IsConfiguredKey(string presented, IEnumerable<string> keys)
    {
        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var match = false;
        foreach (var key in keys)
            match |= CryptographicOperations.FixedTimeEquals(presentedHash, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return match;
    }
}
