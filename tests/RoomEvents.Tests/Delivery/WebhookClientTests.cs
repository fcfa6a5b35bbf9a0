using Conferencing.RoomEvents.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>The webhook client as room-events registers it, against a chat's webhook: one attempt, classified, never followed elsewhere.</summary>
public sealed class WebhookClientTests(ChatServer chats) : IClassFixture<ChatServer>, IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly ChatWebhook _chat = chats.NewWebhook();
    private readonly ServiceProvider _services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(TimeProvider.System)
        .AddChatDelivery(new ConfigurationBuilder().Build())
        .BuildServiceProvider();

    [Fact]
    public async Task PostAsync_ChatAccepts_DeliveredWithJsonBodyAndMessageIdHeader()
    {
        var messageId = Guid.NewGuid();

        var answer = await Client().PostAsync(_chat.Url, messageId, new WebhookPayload("hello").ToJson(), Timeout, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Delivered, answer.Outcome);
        var request = Assert.Single(_chat.Attempts);
        Assert.Equal("POST", request.Method);
        Assert.Equal(messageId, request.MessageId);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("hello", request.Text);
    }

    [Fact]
    public async Task PostAsync_ChatAnswersNoService_PermanentWithSlacksWord()
    {
        _chat.Answer(new ChatAnswer(404, "no_service"));

        var answer = await Client().PostAsync(_chat.Url, Guid.NewGuid(), "{}", Timeout, CancellationToken.None);

        Assert.Equal(new WebhookAnswer(WebhookOutcome.Permanent, "404 no_service"), answer);
    }

    [Fact]
    public async Task PostAsync_ChatBusyWithRetryAfter_TransientWithTheAskedDelay()
    {
        _chat.Answer(new ChatAnswer(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "7" }));

        var answer = await Client().PostAsync(_chat.Url, Guid.NewGuid(), "{}", Timeout, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Transient, answer.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), answer.RetryAfter);
    }

    [Fact]
    public async Task PostAsync_ChatTooSlow_TransientAfterTheAttemptTimeout()
    {
        _chat.Answer(ChatAnswer.Accepted with { Delay = TimeSpan.FromSeconds(3) });

        var answer = await Client().PostAsync(_chat.Url, Guid.NewGuid(), "{}", TimeSpan.FromMilliseconds(200), CancellationToken.None);

        Assert.Equal(new WebhookAnswer(WebhookOutcome.Transient, "no answer within 0.2 s"), answer);
    }

    [Fact]
    public async Task PostAsync_ConnectionReset_Transient()
    {
        _chat.BreakConnections();

        var answer = await Client().PostAsync(_chat.Url, Guid.NewGuid(), "{}", Timeout, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Transient, answer.Outcome);
        Assert.StartsWith("network fault", answer.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_Redirect_PermanentAndNotFollowed()
    {
        using var elsewhere = chats.NewWebhook();
        _chat.Answer(new ChatAnswer(301, Headers: new Dictionary<string, string> { ["Location"] = elsewhere.Url.ToString() }));

        var answer = await Client().PostAsync(_chat.Url, Guid.NewGuid(), "{}", Timeout, CancellationToken.None);

        Assert.Equal(WebhookOutcome.Permanent, answer.Outcome);
        Assert.Empty(elsewhere.Attempts);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _chat.Dispose();
    }

    private WebhookClient Client() => _services.GetRequiredService<WebhookClient>();
}
