using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conferencing.Testing;

/// <summary>
/// One test's share of the shared WireMock server: every stub and every request of the tenant lives under
/// <see cref="BaseUri"/> (a unique path prefix), so tests can run side by side and count only their own requests.
/// </summary>
public sealed class WireMockTenant : IAsyncDisposable
{
    private static readonly HttpClient Admin = new() { BaseAddress = new Uri(TestServers.WireMock, "/__admin/") };
    private readonly string _id = "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The tenant's root, e.g. <c>http://127.0.0.1:18080/t1a2b3c/</c>; point a client's base URI under it.</summary>
    public Uri BaseUri => new(TestServers.WireMock, $"/{_id}/");

    /// <summary>The tenant's path prefix, e.g. <c>/t1a2b3c</c>, for url patterns.</summary>
    public string PathPrefix => "/" + _id;

    /// <summary>
    /// Adds a stub. <paramref name="mapping"/> is WireMock's JSON mapping; its request URL fields must already start with
    /// <see cref="PathPrefix"/>. The tenant's metadata is added so that the stub goes away with the tenant.
    /// </summary>
    /// <returns>The stub's id, to remove it before the tenant goes (a fault that heals).</returns>
    public async Task<Guid> StubAsync(JsonObject mapping)
    {
        mapping["metadata"] = new JsonObject { ["tenant"] = _id };
        using var response = await Admin.PostAsJsonAsync("mappings", mapping);
        await EnsureSuccessAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Removes one stub (the id <see cref="StubAsync"/> returned): a fault that heals.</summary>
    public static async Task RemoveStubAsync(Guid stubId)
    {
        using var response = await Admin.DeleteAsync(new Uri($"mappings/{stubId}", UriKind.Relative));
        await EnsureSuccessAsync(response);
    }

    /// <summary>Requests of this tenant that match <paramref name="method"/> and the url regex (after the prefix).</summary>
    public async Task<IReadOnlyList<JsonElement>> RequestsAsync(string method, string urlPathRegex)
    {
        var pattern = new JsonObject { ["method"] = method, ["urlPathPattern"] = PathPrefix + urlPathRegex };
        using var response = await Admin.PostAsJsonAsync("requests/find", pattern);
        await EnsureSuccessAsync(response);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. body.GetProperty("requests").EnumerateArray()];
    }

    /// <summary>How many requests of this tenant matched.</summary>
    public async Task<int> CountAsync(string method, string urlPathRegex) => (await RequestsAsync(method, urlPathRegex)).Count;

    public async ValueTask DisposeAsync()
    {
        var filter = new JsonObject { ["matchesJsonPaths"] = new JsonObject { ["expression"] = "$.tenant", ["equalTo"] = _id } };
        using var response = await Admin.PostAsJsonAsync("mappings/remove-by-metadata", filter);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"WireMock admin answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
