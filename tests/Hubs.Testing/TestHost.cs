using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Testing;

/// <summary>One of our hosts, in process, with its configuration given as settings.</summary>
public sealed class TestHost<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, string environment = "Development")
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
