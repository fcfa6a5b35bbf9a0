using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Conferencing.Hosting;

/// <summary>Options bound from one configuration section and checked when the service starts, not at the first call that reads them.</summary>
public static class ValidatedOptionsExtensions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and fails start-up with <typeparamref name="TValidator"/>'s messages.</summary>
    public static IServiceCollection AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services;
    }
}
