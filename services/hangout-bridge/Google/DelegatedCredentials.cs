using System.Collections.Concurrent;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Http;
using Microsoft.Extensions.Options;

namespace Conferencing.HangoutBridge.Google;

/// <summary>
/// The service account acting as a Workspace user (domain-wide delegation: the token request's JWT has <c>sub</c> = user).
/// A bare service account cannot make Meet conferences ("Invalid conference type value"). One credential per user is
/// kept, so its access token is reused until it nears expiry.
/// </summary>
public sealed class DelegatedCredentials(
    IOptions<GoogleOptions> options,
    TokenExchangeHttpClientFactory httpClientFactory,
    ILogger<DelegatedCredentials> logger)
{
    /// <summary>The narrowest scope that allows both events.insert and events.get.</summary>
    public const string CalendarEventsScope = "https://www.googleapis.com/auth/calendar.events";

    private readonly ConcurrentDictionary<string, Lazy<ServiceAccountCredential>> _byUser = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _loading = new();
    private ServiceAccountCredential? _serviceAccount;

    /// <summary>The credential that acts as <paramref name="userEmail"/>.</summary>
    /// <exception cref="ServiceAccountKeyException">The key file is missing or is not a service account key.</exception>
    public ServiceAccountCredential For(string userEmail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userEmail);
        var serviceAccount = ServiceAccount();
        return _byUser.GetOrAdd(
            userEmail,
            static (user, state) => new Lazy<ServiceAccountCredential>(() => Impersonate(state.serviceAccount, user, state.httpClientFactory)),
            (serviceAccount, httpClientFactory)).Value;
    }

    private static ServiceAccountCredential Impersonate(ServiceAccountCredential serviceAccount, string user, TokenExchangeHttpClientFactory httpClientFactory) =>
        // Built from the loaded key rather than with CreateWithUser, which would keep Google.Apis' own token retries
        // (RecommendedOrDefault in 1.78) and retry the exchange under Polly's retries.
        new(new ServiceAccountCredential.Initializer(serviceAccount.Id, serviceAccount.TokenServerUrl)
        {
            User = user,
            Scopes = [CalendarEventsScope],
            Key = serviceAccount.Key,
            KeyId = serviceAccount.KeyId,
            ProjectId = serviceAccount.ProjectId,
            HttpClientFactory = httpClientFactory,
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
        });

    // Loaded on first use and kept; a failure is not kept, so fixing the file needs no restart.
    private ServiceAccountCredential ServiceAccount()
    {
        if (Volatile.Read(ref _serviceAccount) is { } loaded)
            return loaded;
        lock (_loading)
        {
            _serviceAccount ??= Load(options.Value.ServiceAccountKeyPath);
            return _serviceAccount;
        }
    }

    private ServiceAccountCredential Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ServiceAccountKeyException("Google:ServiceAccountKeyPath is not set.");
        try
        {
            // CredentialFactory checks that the file is a service_account key; it honours the key's token_uri.
            var serviceAccount = CredentialFactory.FromFile<ServiceAccountCredential>(path);
            logger.KeyLoaded(serviceAccount.Id, path);
            return serviceAccount;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ServiceAccountKeyException($"The service account key file named by Google:ServiceAccountKeyPath cannot be read ({exception.GetType().Name}).", exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException
            or Newtonsoft.Json.JsonException or System.Security.Cryptography.CryptographicException)
        {
            // The exception's message is left out: it could quote the file.
            throw new ServiceAccountKeyException($"The file named by Google:ServiceAccountKeyPath is not a usable service account JSON key ({exception.GetType().Name}).", exception);
        }
    }
}
