using MassTransit;

namespace Conferencing.Hosting;

/// <summary>
/// Names the queue for messages no consumer takes (MassTransit's "_skipped") the same as the error queue, so that every
/// message a service could not use lands in one place per queue: <c>&lt;queue&gt;_error</c>.
/// </summary>
public sealed class UnconsumedToErrorQueueNames : IDeadLetterQueueNameFormatter
{
    public string FormatDeadLetterQueueName(string queueName) => queueName + "_error";
}
