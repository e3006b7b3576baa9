using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Hubs.Testing.Browser;

/// <summary>axe-core against WCAG 2.2 level A and AA (and the 2.0/2.1 rules they include).</summary>
public static class Accessibility
{
    private static readonly List<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Fails listing each violation: rule, impact, help and the offending elements.</summary>
    public static async Task AssertNoViolationsAsync(this BrowserPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.Page.RunAxe(
            new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = Tags },
            }
        );
        if (result.Violations.Length == 0)
        {
            return;
        }

        var lines = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    {string.Join("\n    ", v.Nodes.Select(n => n.Html))}"
        );
        throw new Xunit.Sdk.XunitException(
            $"axe found WCAG 2.2 AA violations on {page.Page.Url}:\n  {string.Join("\n  ", lines)}"
        );
    }
}
