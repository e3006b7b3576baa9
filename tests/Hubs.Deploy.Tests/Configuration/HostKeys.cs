namespace Hubs.Deploy.Tests.Configuration;

/// <summary>
/// The configuration keys one host reads: exact keys (<c>Oidc:Authority</c>) and sections whose
/// children it binds (<c>Hubs:Directory</c> takes <c>Hubs:Directory:0:Id</c>). Case-insensitive, as
/// .NET configuration is.
/// </summary>
internal sealed class HostKeys(string host, IEnumerable<string> exact, IEnumerable<string> sections, IEnumerable<string> required)
{
    /// <summary>Read by ASP.NET Core itself rather than by our code.</summary>
    private static readonly string[] Framework = ["ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT"];

    public string Host { get; } = host;

    public IReadOnlySet<string> Exact { get; } = exact.Concat(Framework).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> Sections { get; } = sections.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keys the host cannot start without (read as <c>… ?? throw</c>).</summary>
    public IReadOnlySet<string> Required { get; } = required.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Required keys that none of the given environment variables sets.</summary>
    public IEnumerable<string> MissingFrom(IEnumerable<string> environmentVariables)
    {
        var given = environmentVariables.Select(KeyOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Required.Where(key => !given.Contains(key)).Order(StringComparer.Ordinal);
    }

    /// <summary>The configuration key an environment variable sets (<c>Section__Key</c> → <c>Section:Key</c>).</summary>
    public static string KeyOf(string environmentVariable) => environmentVariable.Replace("__", ":", StringComparison.Ordinal);

    public bool Reads(string key) =>
        Exact.Contains(key) || Sections.Any(s => key.Equals(s, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase));

    public bool ReadsVariable(string environmentVariable) => Reads(KeyOf(environmentVariable));
}
