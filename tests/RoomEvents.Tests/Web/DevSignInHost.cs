using Conferencing.RoomEvents.Tests.Hosting;

namespace Conferencing.RoomEvents.Tests.Web;

/// <summary>room-events with the development sign-in switched on, as scripts/run.sh runs it.</summary>
public sealed class DevSignInHost : HarnessHost
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("RoomEvents:DevSignIn", "true")];

    /// <summary>A browser-like client: no API key, cookies kept, and the page's CSRF header unless told otherwise.</summary>
    public HttpClient Browser(bool csrfHeader = true)
    {
        var client = Client(apiKey: null);
        if (csrfHeader)
            client.DefaultRequestHeaders.Add("X-Requested-With", "room-page");
        return client;
    }
}
