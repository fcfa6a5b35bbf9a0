namespace Conferencing.RoomEvents.Validation;

/// <summary>Characters no user text may hold: they break layouts or make text read differently from what it is.</summary>
public static class InputText
{
    /// <summary>Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what follows them.</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static bool HasForbiddenCharacter(string text) =>
        text.Any(c => char.IsControl(c) || IsBidiControl(c) || c is '\u2028' or '\u2029');
}
