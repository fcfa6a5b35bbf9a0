namespace Conferencing.UberConferenceBridge.Dialpad;

/// <summary>
/// Dialpad answered every page, but not with a listing that can be walked to its end (an empty page body, a cursor that
/// comes back, no end in sight). A retry would see the same; the message names the call, never the key.
/// </summary>
public sealed class DialpadListingException : Exception
{
    public DialpadListingException()
    {
    }

    public DialpadListingException(string message)
        : base(message)
    {
    }

    public DialpadListingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
