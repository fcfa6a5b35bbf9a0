using System.Text.Json.Serialization;
using Conferencing.Contracts;

namespace Conferencing.RoomEvents.Api;

/// <summary>A team's providers, keyed by their wire names as in <c>PUT /api/teams/{teamId}</c>.</summary>
public sealed record ProvidersView(
    [property: JsonPropertyName(ConferenceProviders.GoogleHangout)] ProviderView GoogleHangout,
    [property: JsonPropertyName(ConferenceProviders.UberConference)] ProviderView UberConference);
