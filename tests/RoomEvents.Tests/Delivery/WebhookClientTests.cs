using System.Text.Json;
using System.Text.Json.Nodes;
using Conferencing.RoomEvents.Delivery;
using Conferencing.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>The webhook client as room-events registers it, against WireMock: one attempt, classified, never followed elsewhere.</summary>
public sealed class WebhookClientTests : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly WireMockTenant _chat = new();
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .AddChatDelivery(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    private Uri Hook => new(_chat.BaseUri, "hook");

    [Fact]
    public async Task PostAsync_ChatAccepts_DeliveredWithJsonBodyAndMessageIdHeader()
    {
        await StubAsync(new JsonObject { ["status"] = 200, ["body"] = "ok" });
        var messageId = Guid.NewGuid();

        var answer = await Client().PostAsync(Hook, messageId, new WebhookPayload("hello").ToJson(), Timeout, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Delivered, answer.Outcome);
        var request = Assert.Single(await _chat.RequestsAsync("POST", "/hook"));
        Assert.Equal(messageId.ToString(), request.GetProperty("headers").GetProperty(WebhookClient.MessageIdHeader).GetString());
        Assert.StartsWith("application/json", request.GetProperty("headers").GetProperty("Content-Type").GetString(), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.GetProperty("body").GetString()!);
        Assert.Equal("hello", body.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task PostAsync_ChatAnswersNoService_PermanentWithSlacksWord()
    {
        await StubAsync(new JsonObject { ["status"] = 404, ["body"] = "no_service" });

        var answer = await Client().PostAsync(Hook, Guid.NewGuid(), "{}", Timeout, CancellationToken.None);

        Assert.Equal(new WebhookAnswer(WebhookOutcome.Permanent, "404 no_service"), answer);
    }

    [Fact]
    public async Task PostAsync_ChatBusyWithRetryAfter_TransientWithTheAskedDelay()
    {
        await StubAsync(new JsonObject { ["status"] = 429, ["headers"] = new JsonObject { ["Retry-After"] = "7" } });

        var answer = await Client().PostAsync(Hook, Guid.NewGuid(), "{}", Timeout, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Transient, answer.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), answer.RetryAfter);
    }

    [Fact]
    public async Task PostAsync_ChatTooSlow_TransientAfterTheAttemptTimeout()
    {
        await StubAsync(new JsonObject { ["status"] = 200, ["fixedDelayMilliseconds"] = 3000 });

        var answer = await Client().PostAsync(Hook, Guid.NewGuid(), "{}", TimeSpan.FromMilliseconds(200), CancellationToken.None);

        Assert.Equal(new WebhookAnswer(WebhookOutcome.Transient, "no answer within 0.2 s"), answer);
    }

    [Fact]
    public async Task PostAsync_ConnectionReset_Transient()
    {
        await StubAsync(new JsonObject { ["fault"] = "CONNECTION_RESET_BY_PEER" });

        var answer = await Client().PostAsync(Hook, Guid.NewGuid(), "{}", Timeout, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Transient, answer.Outcome);
        Assert.StartsWith("network fault", answer.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_Redirect_PermanentAndNotFollowed()
    {
        await StubAsync(new JsonObject { ["status"] = 301, ["headers"] = new JsonObject { ["Location"] = new Uri(_chat.BaseUri, "elsewhere").ToString() } });

        var answer = await Client().PostAsync(Hook, Guid.NewGuid(), "{}", Timeout, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Permanent, answer.Outcome);
        Assert.Equal(0, await _chat.CountAsync("GET", "/elsewhere") + await _chat.CountAsync("POST", "/elsewhere"));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _chat.DisposeAsync();
    }

    private WebhookClient Client() => _services.GetRequiredService<WebhookClient>();

    private Task<Guid> StubAsync(JsonObject response) => _chat.StubAsync(new JsonObject
    {
        ["request"] = new JsonObject { ["method"] = "POST", ["urlPath"] = _chat.PathPrefix + "/hook" },
        ["response"] = response,
    });
}
