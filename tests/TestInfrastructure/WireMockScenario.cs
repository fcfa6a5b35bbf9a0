using System.Text.Json.Nodes;

namespace Conferencing.Testing;

/// <summary>WireMock scenarios (answers that change from one request to the next), kept private to one tenant.</summary>
public static class WireMockScenario
{
    /// <summary>Makes <paramref name="mapping"/> answer only in <paramref name="state"/> of a scenario private to the tenant.</summary>
    public static JsonObject InScenario(this JsonObject mapping, WireMockTenant tenant, string state, string? nextState = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(tenant);
        mapping["scenarioName"] = tenant.PathPrefix + "-scenario";
        mapping["requiredScenarioState"] = state;
        if (nextState is not null)
            mapping["newScenarioState"] = nextState;
        return mapping;
    }
}
