using Microsoft.Playwright;

namespace Hubs.Testing.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless. Installs nothing: <c>ops/hubs test</c> apt-installs
/// chromium, and Playwright's own browser download is never used. The flags keep Chromium from calling home.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing: run ops/hubs test, or apt-get install chromium."
            );
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Args,
            }
        );
        return new Chromium(playwright, browser);
    }

    /// <summary>
    /// A fresh context (no cookies shared with other tests) at a phone's width, recording its requests;
    /// <paramref name="javaScript"/> false shows the pages as a browser without scripts does.
    /// </summary>
    public async Task<BrowserPage> OpenAsync(Uri origin, int width = 390, int height = 844, bool javaScript = true)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var context = await Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = origin.ToString(),
                ViewportSize = new ViewportSize { Width = width, Height = height },
                Locale = "en-GB",
                JavaScriptEnabled = javaScript,
            }
        );
        var page = await context.NewPageAsync();
        return new BrowserPage(origin, context, page);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }
}
