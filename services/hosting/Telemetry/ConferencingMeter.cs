using System.Diagnostics.Metrics;

namespace Conferencing.Hosting.Telemetry;

/// <summary>The suite's own meter; each service makes its instruments on it through <see cref="IMeterFactory"/>.</summary>
public static class ConferencingMeter
{
    public const string Name = "Conferencing";
}
