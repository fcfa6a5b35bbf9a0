namespace Conferencing.HangoutBridge.Google;

/// <summary>A Meet conference Google confirmed.</summary>
/// <param name="JoinUrl">Where a browser joins (<c>https://meet.google.com/abc-mnop-xyz</c>).</param>
/// <param name="MeetingCode">Meet's code (<c>abc-mnop-xyz</c>), or null when Google gave none.</param>
/// <param name="DialIn">Phone access, or null when Google offered no phone entry point.</param>
public sealed record MeetConference(string JoinUrl, string? MeetingCode, Conferencing.Contracts.DialIn? DialIn);
