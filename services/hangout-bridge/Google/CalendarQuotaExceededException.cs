namespace Conferencing.HangoutBridge.Google;

/// <summary>So many Calendar calls are queued for the quota that one more would wait longer than is useful.</summary>
public sealed class CalendarQuotaExceededException : Exception
{
    public CalendarQuotaExceededException()
    {
    }

    public CalendarQuotaExceededException(string message)
        : base(message)
    {
    }

    public CalendarQuotaExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
