namespace Hubs.Testing.Browser;

/// <summary>
/// Full-page screenshots for a reviewer, in <c>HUBS_TEST_ARTIFACTS</c> if set, else
/// <c>TestResults/screenshots</c> beside the test binaries.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } =
        Environment.GetEnvironmentVariable("HUBS_TEST_ARTIFACTS") is { Length: > 0 } artifacts
            ? Path.Combine(artifacts, "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public static async Task<string> SaveScreenshotAsync(this BrowserPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"{name}.png");
        await page.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        return file;
    }
}
