using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Conferencing.RoomEvents.Validation;

/// <summary>Collects field-level reasons for refusing a request, keyed by the field's JSON path (or header name).</summary>
public sealed partial class InputErrors
{
    public const int MaxIdLength = 128;
    public const int MaxNameLength = 100;
    public const int MaxTopicLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxUrlLength = 2048;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var reasons))
            _errors[field] = reasons = [];
        reasons.Add(reason);
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Chat ids (Slack's <c>T024BE7LD</c>, a UUID...): letters, digits and <c>. _ : -</c>.</summary>
    public void CheckId(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
            Add(field, "Required.");
        else if (value.Length > MaxIdLength)
            Add(field, $"At most {MaxIdLength} characters.");
        else if (!IdPattern().IsMatch(value))
            Add(field, "Only letters, digits and . _ : - are allowed, starting with a letter or digit.");
    }

    public void CheckText(string field, string? value, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
                Add(field, "Required.");
        }
        else if (value.Length > maxLength)
            Add(field, $"At most {maxLength} characters.");
        else if (InputText.HasForbiddenCharacter(value))
            Add(field, "Control characters, line breaks and text-direction overrides are not allowed.");
    }

    public void CheckEmail(string field, string? value)
    {
        CheckText(field, value, MaxEmailLength, required: true);
        if (value is { Length: > 0 and <= MaxEmailLength } && !InputText.HasForbiddenCharacter(value)
            && !(MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal)))
            Add(field, "Not an email address (name@example.com).");
    }

    public void CheckDomain(string field, string? value)
    {
        if (value is not null && !DomainPattern().IsMatch(value))
            Add(field, "Not a domain name (example.com).");
    }

    public void CheckUrl(string field, string? value)
    {
        if (value is null)
            return;
        if (value.Length > MaxUrlLength)
            Add(field, $"At most {MaxUrlLength} characters.");
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            Add(field, "Not an absolute http(s) URL.");
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();
}
