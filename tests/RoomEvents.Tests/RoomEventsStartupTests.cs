using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Tests;

public sealed class RoomEventsStartupTests
{
    [Fact]
    public void Start_WithoutApiKeys_FailsNamingTheKey()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:RoomEvents"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"room-events-unused-{Guid.NewGuid():N}.db")}",
                ["RabbitMq:VirtualHost"] = "no-such-virtual-host",
            })));

        var failure = Assert.ThrowsAny<Exception>(() => factory.Server);

        var validation = Assert.IsType<OptionsValidationException>(failure.GetBaseException());
        Assert.Contains("RoomEvents:ApiKeys", validation.Message, StringComparison.Ordinal);
    }
}
