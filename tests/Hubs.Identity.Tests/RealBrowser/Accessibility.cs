using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Hubs.Identity.Tests.RealBrowser;

public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
    };

    /// <summary>Fails with every WCAG 2.2 AA violation axe-core finds on the page as it is now.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        Assert.NotEmpty(result.Passes);
        var violations = result.Violations.Select(violation =>
            $"{violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}"
        );
        Assert.True(result.Violations.Length == 0, $"{page.Url}\n{string.Join('\n', violations)}");
    }
}
