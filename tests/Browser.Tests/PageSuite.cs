using System.Net.Http.Headers;
using Conferencing.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Conferencing.Browser.Tests;

/// <summary>
/// The suite as a person meets it: room-events on a real Kestrel port (a browser cannot reach a TestServer) with the
/// development sign-in on, both bridges on a RabbitMQ virtual host of their own, WireMock as Google and Dialpad, and
/// Debian's Chromium driven by Playwright.
/// </summary>
public sealed class PageSuite : IAsyncLifetime, IAsyncDisposable
{
    public const string ApiKey = "browser-tests-api-key";

    // Chromium as the brief asks for it: headless, no sandbox (root in a container), and nothing that calls home.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly List<IBrowserContext> _contexts = [];
    private SuiteGround? _ground;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public WireMockTenant Google => Ground.Google;

    public WireMockTenant Dialpad => Ground.Dialpad;

    private SuiteGround Ground => _ground ?? throw new InvalidOperationException("The suite has not started.");

    /// <summary>Where room-events listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ground = await SuiteGround.CreateAsync();
        await GoogleStub.CalendarAsync(Google);
        await Dialpad.StubAsync(DialpadRooms.Page(Dialpad, null, null,
            DialpadRooms.Room(PageTeam.AliceEmail, PageTeam.AliceDialIn, PageTeam.AliceUberConferenceRoom)));

        var hangoutBridge = Ground.Host(new InProcessService<HangoutBridge.Program>(Ground.HangoutBridgeSettings()));
        var uberConferenceBridge = Ground.Host(new InProcessService<UberConferenceBridge.Program>(Ground.UberConferenceBridgeSettings()));
        var roomEvents = Ground.Host(new InProcessService<RoomEvents.Program>(Ground.RoomEventsSettings(ApiKey)
            .With(new Dictionary<string, string?> { ["RoomEvents:DevSignIn"] = "true" })));
        roomEvents.UseKestrel(0);
        roomEvents.StartServer();
        var address = roomEvents.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal) + "/");

        await ServiceReadiness.WaitAsync(hangoutBridge.CreateClient());
        await ServiceReadiness.WaitAsync(uberConferenceBridge.CreateClient());
        await ServiceReadiness.WaitAsync(new HttpClient { BaseAddress = BaseUri });

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CONFERENCING_TEST_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A client of the chat backend: the API key, and the acting user when given.</summary>
    public HttpClient Api(string? userId = null)
    {
        var client = new HttpClient { BaseAddress = BaseUri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        if (userId is not null)
            client.DefaultRequestHeaders.Add("X-User-Id", userId);
        return client;
    }

    /// <summary>A fresh browser profile (no cookies) with one page; closed with the suite.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseUri.ToString();
        options.ViewportSize ??= new ViewportSize { Width = 1100, Height = 760 };
        var context = await _browser!.NewContextAsync(options);
        context.SetDefaultTimeout(20_000);
        // Nothing leaves the machine: a Join link (meet.google.com, dialpad.com) opens a stand-in page instead.
        var local = BaseUri.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync(url => !url.StartsWith(local, StringComparison.Ordinal), route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html",
            Body = "<!doctype html><title>Provider stand-in</title><p>The provider's page would open here.</p>",
        }));
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
            await context.CloseAsync();
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_ground is not null)
            await _ground.DisposeAsync();
        // Closes the connections room-events left pooled to its SQLite file, so that the deleted file's space is freed now.
        SqliteConnection.ClearAllPools();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
