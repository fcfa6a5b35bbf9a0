using Conferencing.RoomEvents.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Conferencing.RoomEvents.Live;

/// <summary>
/// The body of <c>GET /api/rooms/{roomId}/stream</c>: server-sent events until the client goes away or the service
/// stops, with a keep-alive comment whenever nothing else was sent for <see cref="RoomEventsOptions.StreamKeepAlive"/>.
/// The stream is registered before the headers leave, so a client that has the headers misses nothing after them.
/// </summary>
public sealed class RoomStreamResult(string roomId, RoomMember viewer) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var services = httpContext.RequestServices;
        var streams = services.GetRequiredService<RoomSubscriptions>();
        var keepAlive = services.GetRequiredService<IOptionsMonitor<RoomEventsOptions>>().CurrentValue.StreamKeepAlive;
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILogger<RoomStreamResult>>();
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, stopping);

        var response = httpContext.Response;
        response.ContentType = ServerSentEvent.ContentType;
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var stream = new RoomSubscription(roomId, viewer);
        streams.Add(stream);
        logger.StreamOpened(roomId, viewer.UserId, streams.Count);
        try
        {
            await response.StartAsync(closed.Token);
            await response.Body.FlushAsync(closed.Token);
            await PumpAsync(stream, response, keepAlive, clock, closed.Token);
        }
        catch (OperationCanceledException) when (closed.IsCancellationRequested)
        {
            // The page went away or the service is stopping: both are the normal end of a stream.
        }
        finally
        {
            streams.Remove(stream);
            logger.StreamClosed(roomId, viewer.UserId);
        }
    }

    private static async Task PumpAsync(RoomSubscription stream, HttpResponse response, TimeSpan keepAlive, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var ticks = new PeriodicTimer(keepAlive, clock);
        var tick = ticks.WaitForNextTickAsync(cancellationToken).AsTask();
        var ready = stream.Frames.WaitToReadAsync(cancellationToken).AsTask();
        while (true)
        {
            if (await Task.WhenAny(ready, tick) == ready)
            {
                if (!await ready)
                    return; // closed: too slow, or removed
                while (stream.Frames.TryRead(out var frame))
                    await response.WriteAsync(frame, cancellationToken);
                ready = stream.Frames.WaitToReadAsync(cancellationToken).AsTask();
            }
            else
            {
                await tick;
                await response.WriteAsync(ServerSentEvent.KeepAlive, cancellationToken);
                tick = ticks.WaitForNextTickAsync(cancellationToken).AsTask();
            }
            await response.Body.FlushAsync(cancellationToken);
        }
    }
}
