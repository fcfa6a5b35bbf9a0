namespace Conferencing.RoomEvents;

/// <summary>
/// room-events: the chat's front door. A class in a namespace rather than top-level statements, so that a test
/// project hosting several services (WebApplicationFactory&lt;Program&gt;) meets no two global Program types.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRoomEvents(builder.Configuration);
        var app = builder.Build();
        app.MapRoomEvents();
        app.Run();
    }
}
