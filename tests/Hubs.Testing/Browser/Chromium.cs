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

    private static readonly SemaphoreSlim Launching = new(1, 1);
    private static readonly TimeSpan CloseWithin = TimeSpan.FromSeconds(10);
    private static Chromium? shared;
    private readonly IPlaywright playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    private static async Task<Chromium> LaunchAsync()
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
    /// The test process's one Chromium, launched on first use (again if it has gone): starting the browser and
    /// Playwright's driver for every test class cost seconds each, and each test opens its own context anyway
    /// (<see cref="OpenAsync"/>). Disposing it does nothing; it closes as the process exits.
    /// </summary>
    public static async Task<Chromium> SharedAsync()
    {
        await Launching.WaitAsync();
        try
        {
            if (shared is null || !shared.Browser.IsConnected)
            {
                if (shared is null)
                {
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => shared?.Close();
                }

                shared = await LaunchAsync();
            }

            return shared;
        }
        finally
        {
            Launching.Release();
        }
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

    /// <summary>
    /// Does nothing: the browser is the test process's (<see cref="SharedAsync"/>), each page its own.
    /// </summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private void Close()
    {
        Browser.CloseAsync().Wait(CloseWithin);
        playwright.Dispose();
    }
}
