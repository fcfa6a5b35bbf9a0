namespace Conferencing.Testing;

/// <summary>
/// How every suite of the tests, in the test process or as processes, points the services at the test's stubs and
/// broker: the same keys an operator sets, in one place.
/// </summary>
public static class SuiteSettings
{
    public const string OrganizerEmail = "organizer@acme.example";

    public static Dictionary<string, string?> HangoutBridge(RabbitMqVirtualHost broker, WireMockTenant google, string keyFile) =>
        On(broker, new()
        {
            ["Google:CalendarBaseUri"] = new Uri(google.BaseUri, "calendar/v3/").ToString(),
            ["Google:ServiceAccountKeyPath"] = keyFile,
            ["Google:OrganizerEmail"] = OrganizerEmail,
        });

    public static Dictionary<string, string?> UberConferenceBridge(RabbitMqVirtualHost broker, WireMockTenant dialpad) =>
        On(broker, new()
        {
            ["UberConference:BaseUri"] = dialpad.BaseUri.ToString(),
            ["UberConference:ApiKey"] = DialpadRooms.ApiKey,
        });

    /// <summary>room-events on its own SQLite file, accepting <paramref name="apiKey"/>.</summary>
    public static Dictionary<string, string?> RoomEvents(RabbitMqVirtualHost broker, string database, string apiKey) =>
        On(broker, new()
        {
            ["ConnectionStrings:RoomEvents"] = $"Data Source={database}",
            ["RoomEvents:ApiKeys:0"] = apiKey,
        });

    /// <summary>Adds (or overrides with) <paramref name="more"/>: a test's own settings for one service.</summary>
    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, IReadOnlyDictionary<string, string?> more)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(more);
        foreach (var (key, value) in more)
            settings[key] = value;
        return settings;
    }

    private static Dictionary<string, string?> On(RabbitMqVirtualHost broker, Dictionary<string, string?> settings) =>
        settings.With(broker.Configuration);
}
