using System.Security.Cryptography;
using System.Text.Json;

namespace Conferencing.Testing;

/// <summary>
/// A Google service account key made for a test: a fresh RSA key in Google's JSON key format, whose <c>token_uri</c>
/// points at a stub, written to a temporary file as an operator would configure it.
/// </summary>
public static class TestServiceAccountKey
{
    /// <summary>Writes the key file and returns its path.</summary>
    public static string WriteFile(Uri tokenUri, string clientEmail = "conference-bot@test-project.iam.gserviceaccount.com")
    {
        using var rsa = RSA.Create(2048);
        var key = new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["project_id"] = "test-project",
            ["private_key_id"] = Guid.NewGuid().ToString("N"),
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem() + "\n",
            ["client_email"] = clientEmail,
            ["client_id"] = "123456789012345678901",
            ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
            ["token_uri"] = tokenUri.ToString(),
        };
        var path = Path.Combine(Path.GetTempPath(), $"test-service-account-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(key));
        return path;
    }
}
