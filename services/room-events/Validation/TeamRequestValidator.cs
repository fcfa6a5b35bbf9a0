using System.Globalization;
using Conferencing.RoomEvents.Api;

namespace Conferencing.RoomEvents.Validation;

/// <summary>The rules of <c>PUT /api/teams/{teamId}</c>.</summary>
public static class TeamRequestValidator
{
    public const int MaxAdmins = 100;
    private static readonly string[] Locales = ["en", "ru"];

    public static InputErrors Validate(string teamId, TeamRequest? request)
    {
        var errors = new InputErrors();
        errors.CheckId("teamId", teamId);
        if (request is null)
        {
            errors.Add("body", "A JSON object is required.");
            return errors;
        }

        errors.CheckText("name", request.Name, InputErrors.MaxNameLength, required: true);
        if (request.Locale is null || !Locales.Contains(request.Locale, StringComparer.Ordinal))
            errors.Add("locale", "Must be \"en\" or \"ru\".");
        errors.CheckDomain("googleWorkspaceDomain", request.GoogleWorkspaceDomain);

        var admins = request.Admins ?? [];
        if (admins.Count > MaxAdmins)
            errors.Add("admins", $"At most {MaxAdmins} admins.");
        for (var i = 0; i < admins.Count && i < MaxAdmins; i++)
            errors.CheckId(string.Create(CultureInfo.InvariantCulture, $"admins[{i}]"), admins[i]);

        var pin = request.Providers?.UberConference?.Pin;
        if (pin is not null && (pin.Length is < 3 or > 16 || !pin.All(char.IsAsciiDigit)))
            errors.Add("providers.uberconference.pin", "3 to 16 digits.");
        return errors;
    }
}
