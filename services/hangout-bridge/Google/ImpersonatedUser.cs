namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// The Workspace user a Calendar request acts as. It travels on the request itself (Refit's <c>[Property]</c> puts it in
/// <see cref="HttpRequestMessage.Options"/>), so that the handlers under the client sign it and count it as that user.
/// </summary>
public static class ImpersonatedUser
{
    public const string OptionName = "conferencing.google.impersonated-user";

    private static readonly HttpRequestOptionsKey<string> Key = new(OptionName);

    /// <summary>The user the request acts as.</summary>
    /// <exception cref="InvalidOperationException">The request names no one: a bug, and it must not go out as the bare service account.</exception>
    public static string Of(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var user) && !string.IsNullOrWhiteSpace(user)
            ? user
            : throw new InvalidOperationException($"A Google Calendar request must name the user it acts as ({OptionName}).");
    }

    /// <summary>Names the user on a request made without Refit.</summary>
    public static void Set(HttpRequestMessage request, string user)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Key, user);
    }
}
