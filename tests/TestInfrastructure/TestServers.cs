namespace Conferencing.Testing;

/// <summary>Where scripts/test.sh started the real servers the tests talk to.</summary>
public static class TestServers
{
    /// <summary>WireMock's base address; scripts/test.sh sets <c>CONFERENCING_TEST_WIREMOCK</c>.</summary>
    public static Uri WireMock => FromEnvironment("CONFERENCING_TEST_WIREMOCK", "http://127.0.0.1:18080");

    /// <summary>RabbitMQ's management API; scripts/test.sh sets <c>CONFERENCING_TEST_RABBITMQ_MANAGEMENT</c>.</summary>
    public static Uri RabbitMqManagement => FromEnvironment("CONFERENCING_TEST_RABBITMQ_MANAGEMENT", "http://127.0.0.1:15672");

    /// <summary>
    /// PostgreSQL as an Npgsql connection string without a database (a test adds its own <c>Database=</c>);
    /// scripts/test.sh sets <c>CONFERENCING_TEST_POSTGRES_SERVER</c> (ensure_postgres's test role).
    /// </summary>
    public static string PostgreSql =>
        Environment.GetEnvironmentVariable("CONFERENCING_TEST_POSTGRES_SERVER") is { Length: > 0 } server
            ? server
            : "Host=127.0.0.1;Port=5432;Username=conferencing;Password=conferencing";

    private static Uri FromEnvironment(string variable, string fallback) =>
        new(Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback);
}
