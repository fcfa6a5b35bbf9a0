using System.Text.Json.Serialization;
using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Api;

/// <summary>The team's <c>providers</c> object, keyed by the providers' wire names. A provider left out stays switched on.</summary>
public sealed record ProviderSettingsRequest(
    [property: JsonPropertyName(ConferenceProviders.GoogleHangout)] ProviderSwitch? GoogleHangout,
    [property: JsonPropertyName(ConferenceProviders.UberConference)] ProviderSwitch? UberConference);
