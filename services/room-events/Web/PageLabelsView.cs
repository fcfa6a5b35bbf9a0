namespace Conferencing.RoomEvents.Web;

/// <summary>The answer of <c>GET /web/labels</c>: the language chosen and its words by name.</summary>
public sealed record PageLabelsView(string Locale, IReadOnlyDictionary<string, string> Labels);
