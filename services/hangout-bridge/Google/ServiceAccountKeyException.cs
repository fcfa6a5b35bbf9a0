namespace Conferencing.HangoutBridge.Google;

/// <summary>The service account key could not be loaded: an operator must fix <c>Google:ServiceAccountKeyPath</c> or the file.</summary>
public sealed class ServiceAccountKeyException : Exception
{
    public ServiceAccountKeyException()
    {
    }

    public ServiceAccountKeyException(string message)
        : base(message)
    {
    }

    public ServiceAccountKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
