using Microsoft.Playwright;

namespace Hubs.Testing.Browser;

/// <summary>One page of a test, with every request it made and every CSP or script error it hit.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> requests = [];
    private readonly List<string> consoleErrors = [];

    internal BrowserPage(Uri origin, IBrowserContext context, IPage page)
    {
        Origin = origin;
        this.context = context;
        Page = page;
        page.Request += (_, request) =>
        {
            lock (requests)
            {
                requests.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (consoleErrors)
                {
                    consoleErrors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (consoleErrors)
            {
                consoleErrors.Add(error);
            }
        };
    }

    public Uri Origin { get; }

    public IPage Page { get; }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Console errors, which include every Content-Security-Policy refusal.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (consoleErrors)
            {
                return [.. consoleErrors];
            }
        }
    }

    /// <summary>Every request went to the host's own origin (scheme, host and port).</summary>
    public void AssertOnlyOwnOrigin()
    {
        var elsewhere = Requests.Where(url => !SameOrigin(url)).Distinct().ToList();
        if (elsewhere.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"Requests left {Origin}:\n  {string.Join("\n  ", elsewhere)}");
        }
    }

    public void AssertNoConsoleErrors()
    {
        var errors = ConsoleErrors;
        if (errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"Browser console errors:\n  {string.Join("\n  ", errors)}");
        }
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();

    private bool SameOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (
            uri.Scheme is "data" or "about"
            || (uri.Scheme == Origin.Scheme && uri.Host == Origin.Host && uri.Port == Origin.Port)
        );
}
