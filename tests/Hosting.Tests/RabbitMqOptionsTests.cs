using System.ComponentModel.DataAnnotations;

namespace Conferencing.Hosting.Tests;

public sealed class RabbitMqOptionsTests
{
    [Fact]
    public void Validate_OneNode_Valid() => Assert.Empty(Errors(new RabbitMqOptions()));

    [Fact]
    public void Validate_ClusterOfHostsAndPorts_Valid() =>
        Assert.Empty(Errors(new RabbitMqOptions { ClusterNodes = ["rabbit-1", "rabbit-2:5673", "10.0.0.3:5674"] }));

    [Theory]
    [InlineData("")]
    [InlineData("rabbit-1:")]
    [InlineData("rabbit-1:70000")]
    [InlineData("amqp://rabbit-1")]
    [InlineData("rabbit 1")]
    public void Validate_BadNode_NamesTheKey(string node) =>
        Assert.Equal(["RabbitMq:ClusterNodes:1 must be a host name or host:port, such as rabbit-1:5672."],
            Errors(new RabbitMqOptions { ClusterNodes = ["rabbit-0", node] }));

    private static List<string?> Errors(RabbitMqOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(result => result.ErrorMessage)];
    }
}
