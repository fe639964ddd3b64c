using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContentReview.Service.Security;

/// <summary>Registers the API-key authenticator and the per-key rate limiter (idempotent: every transport may call it).</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IApiKeyAuthenticator"/> and <see cref="ApiKeyRateLimiter"/> as singletons, bound to the
    /// <see cref="ApiKeySecurityOptions.SectionName"/> configuration section and validated at startup.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    public static IServiceCollection AddApiKeySecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(ApiKeyRateLimiter)))
        {
            return services;
        }

        services.AddOptions<ApiKeySecurityOptions>()
            .Bind(configuration.GetSection(ApiKeySecurityOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApiKeySecurityOptions>, ApiKeySecurityOptionsValidator>());
        services.TryAddSingleton<ApiKeyAuthenticator>();
        services.TryAddSingleton<IApiKeyAuthenticator>(sp => sp.GetRequiredService<ApiKeyAuthenticator>());
        services.TryAddSingleton<ApiKeyRateLimiter>();
        return services;
    }
}
