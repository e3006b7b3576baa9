using Hubs.Testing.Browser;

namespace Hubs.Web.Tests.FreshDeployment;

/// <summary>One <see cref="OpsStack"/> (no demo seed) and one headless Chromium for a test class.</summary>
public sealed class FreshDeploymentFixture : IAsyncLifetime
{
    public OpsStack Stack { get; private set; } = null!;

    public Chromium Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Stack = await OpsStack.RunAsync();
        Chromium = await Chromium.SharedAsync();
    }

    /// <summary>A new browser on Web, by default a 1024-px desktop.</summary>
    public Task<BrowserPage> OpenAsync(int width = 1024) => Chromium.OpenAsync(Stack.Web, width);

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        if (Stack is not null)
        {
            await Stack.DisposeAsync();
        }
    }
}
