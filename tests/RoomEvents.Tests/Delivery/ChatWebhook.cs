using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conferencing.Testing;

namespace Conferencing.RoomEvents.Tests.Delivery;

/// <summary>
/// A chat's incoming webhook, played by WireMock inside a tenant of its own. It answers 200 "ok" unless told it is down;
/// its journal tells which messages it accepted (answered by the "up" stub), in which order, and every attempt.
/// </summary>
public sealed class ChatWebhook : IAsyncDisposable
{
    private static readonly HttpClient Admin = new() { BaseAddress = new Uri(TestServers.WireMock, "/__admin/") };
    private readonly WireMockTenant _tenant = new();
    private readonly Guid _upStub = Guid.NewGuid();
    private readonly Guid _downStub = Guid.NewGuid();

    private ChatWebhook()
    {
    }

    public Uri Url => new(_tenant.BaseUri, "hooks/incoming");

    public static async Task<ChatWebhook> CreateAsync()
    {
        var webhook = new ChatWebhook();
        await webhook._tenant.StubAsync(webhook.Mapping(webhook._upStub, priority: 5, new JsonObject { ["status"] = 200, ["body"] = "ok" }));
        return webhook;
    }

    /// <summary>From now on every request gets <paramref name="status"/> (and <paramref name="body"/>), until <see cref="ComeBackAsync"/>.</summary>
    public Task GoDownAsync(int status = 503, string body = "service unavailable") =>
        _tenant.StubAsync(Mapping(_downStub, priority: 1, new JsonObject { ["status"] = status, ["body"] = body }));

    /// <summary>From now on every connection is reset before an answer.</summary>
    public Task BreakConnectionsAsync() =>
        _tenant.StubAsync(Mapping(_downStub, priority: 1, new JsonObject { ["fault"] = "CONNECTION_RESET_BY_PEER" }));

    public async Task ComeBackAsync()
    {
        using var response = await Admin.DeleteAsync($"mappings/{_downStub}");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every POST the webhook got, answered or not, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookRequest>> AttemptsAsync() =>
        [.. (await _tenant.RequestsAsync("POST", "/hooks/incoming")).Select(WebhookRequest.From).OrderBy(r => r.LoggedAt)];

    /// <summary>The POSTs it accepted (answered 200), oldest first.</summary>
    public async Task<IReadOnlyList<WebhookRequest>> DeliveredAsync()
    {
        var events = await Admin.GetFromJsonAsync<JsonElement>($"requests?matchingStub={_upStub}");
        return [.. events.GetProperty("requests").EnumerateArray().Select(e => WebhookRequest.From(e.GetProperty("request"))).OrderBy(r => r.LoggedAt)];
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    private JsonObject Mapping(Guid id, int priority, JsonObject response) => new()
    {
        ["id"] = id.ToString(),
        ["priority"] = priority,
        ["request"] = new JsonObject { ["method"] = "POST", ["urlPath"] = _tenant.PathPrefix + "/hooks/incoming" },
        ["response"] = response,
    };
}
