namespace Conferencing.Hosting.Http;

/// <summary>
/// A provider's quota as this copy keeps it: every attempt of every call waits its turn here, retries included, so that a
/// burst queues instead of earning rate-limit answers.
/// </summary>
public interface IProviderQuota
{
    /// <summary>Waits until <paramref name="request"/> fits the quota; false when too many calls already wait.</summary>
    ValueTask<bool> WaitTurnAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
