namespace Conferencing.Testing;

/// <summary>Where scripts/test.sh started the real servers the tests talk to.</summary>
public static class TestServers
{
    /// <summary>WireMock's base address; scripts/test.sh sets <c>CONFERENCING_TEST_WIREMOCK</c>.</summary>
    public static Uri WireMock => FromEnvironment("CONFERENCING_TEST_WIREMOCK", "http://127.0.0.1:18080");

    /// <summary>RabbitMQ's management API; scripts/test.sh sets <c>CONFERENCING_TEST_RABBITMQ_MANAGEMENT</c>.</summary>
    public static Uri RabbitMqManagement => FromEnvironment("CONFERENCING_TEST_RABBITMQ_MANAGEMENT", "http://127.0.0.1:15672");

    private static Uri FromEnvironment(string variable, string fallback) =>
        new(Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback);
}
