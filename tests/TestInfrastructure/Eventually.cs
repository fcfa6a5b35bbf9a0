namespace Conferencing.Testing;

/// <summary>Waits for something the service does in the background, up to a deadline, instead of sleeping a guessed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);

    public static async Task TrueAsync(Func<Task<bool>> condition, string failure, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? Deadline);
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException(failure);
            await Task.Delay(PollEvery);
        }
    }

    public static async Task<T> ValueAsync<T>(Func<Task<T?>> read, string failure, TimeSpan? deadline = null) where T : class
    {
        T? value = null;
        await TrueAsync(async () => (value = await read()) is not null, failure, deadline);
        return value!;
    }
}
