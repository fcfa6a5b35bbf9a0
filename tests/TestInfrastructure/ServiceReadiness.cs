namespace Conferencing.Testing;

/// <summary>Waiting for a service hosted in the test process, as a load balancer would.</summary>
public static class ServiceReadiness
{
    /// <summary>Until <c>/health/ready</c> answers 200 through <paramref name="client"/>: the bus is connected, its queues bound.</summary>
    public static async Task WaitAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using (client)
        {
            await Eventually.TrueAsync(
                async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode,
                $"the service at {client.BaseAddress} did not become ready");
        }
    }
}
