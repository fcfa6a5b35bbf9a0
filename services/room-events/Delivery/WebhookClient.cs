using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Conferencing.Hosting.Http;
using Conferencing.Hosting.Telemetry;

namespace Conferencing.RoomEvents.Delivery;

/// <summary>
/// POSTs one message to a Slack-compatible incoming webhook, once: the outbox owns retries, so there is no retry layer
/// here, only the per-attempt timeout. Redirects are not followed (a webhook that moved is a configuration to fix).
/// </summary>
public sealed class WebhookClient(HttpClient http, TimeProvider clock)
{
    /// <summary>Carries the timeline message id, the same on every attempt, so that a receiver can drop a repeat.</summary>
    public const string MessageIdHeader = "X-Conferencing-Message-Id";

    private const int DetailBodyLength = 120;

    public async Task<WebhookAnswer> PostAsync(Uri webhook, Guid messageId, string payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook)
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(MessageIdHeader, messageId.ToString());
        // The webhook URL carries the chat's token: traces get its host only.
        SecretUrls.MarkSecret(request);

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
                return new WebhookAnswer(WebhookOutcome.Delivered, status.ToString(CultureInfo.InvariantCulture));
            var detail = $"{status} {await BodyStartAsync(response.Content, attempt.Token)}".Trim();
            return TransientHttpFailure.IsTransientStatus(status)
                ? new WebhookAnswer(WebhookOutcome.Transient, detail, RetryAfter(response.Headers.RetryAfter))
                : new WebhookAnswer(WebhookOutcome.Permanent, detail);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAnswer(WebhookOutcome.Transient, $"no answer within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException exception)
        {
            // The error kind (ConnectionError, NameResolutionError...), not the message: that may quote the URL.
            return new WebhookAnswer(WebhookOutcome.Transient, $"network fault: {exception.HttpRequestError}");
        }
    }

    // Slack answers errors as a word ("no_service", "invalid_payload"): worth keeping, but only its start, on one line.
    private static async Task<string> BodyStartAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            var buffer = new char[DetailBodyLength];
            using var reader = new StreamReader(await content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
            var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
            return string.Concat(buffer.Take(read).Select(c => char.IsControl(c) ? ' ' : c)).Trim();
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return "";
        }
    }

    // The outbox caps every wait with RoomEvents:Delivery:RetryMaxDelay; this ceiling only keeps the arithmetic sane.
    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => RetryAfterDelay.From(header, clock.GetUtcNow(), TimeSpan.FromDays(1));
}
