using Microsoft.Playwright;

namespace Conferencing.Browser.Tests;

/// <summary>
/// Where the tests leave a picture of each state: <c>CONFERENCING_SCREENSHOTS</c> when set (scripts/test.sh sets
/// artifacts/screenshots), else TestResults/screenshots beside the test assembly.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("CONFERENCING_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }
}
