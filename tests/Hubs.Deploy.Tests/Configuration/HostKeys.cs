namespace Hubs.Deploy.Tests.Configuration;

/// <summary>
/// The configuration keys one host reads: exact keys (<c>Oidc:Authority</c>) and sections whose
/// children it binds (<c>Hubs:Directory</c> takes <c>Hubs:Directory:0:Id</c>). Case-insensitive, as
/// .NET configuration is.
/// </summary>
internal sealed class HostKeys(
    string host,
    IEnumerable<string> exact,
    IEnumerable<string> sections,
    IEnumerable<string> required,
    IEnumerable<string> defaults
)
{
    /// <summary>Read by ASP.NET Core itself rather than by our code.</summary>
    private static readonly string[] Framework = ["ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT"];

    public string Host { get; } = host;

    public IReadOnlySet<string> Exact { get; } = exact.Concat(Framework).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> Sections { get; } = sections.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keys the host cannot start without (read as <c>… ?? throw</c>).</summary>
    public IReadOnlySet<string> Required { get; } = required.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keys the image's own appsettings.json already sets for production.</summary>
    public IReadOnlySet<string> Defaults { get; } = defaults.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Required keys that none of the given environment variables sets.</summary>
    public IEnumerable<string> MissingFrom(IEnumerable<string> environmentVariables)
    {
        var given = environmentVariables.Select(KeyOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Required.Where(key => !given.Contains(key)).Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Keys and sections the host reads that a deployment giving these variables leaves unset: not given,
    /// not set by appsettings.json, and not in <see cref="NotDeployed"/> (sections need a variable of their own).
    /// </summary>
    public IEnumerable<string> UnsetBy(IEnumerable<string> environmentVariables)
    {
        var given = environmentVariables.Select(KeyOf).ToList();
        var exact = Exact.Where(key =>
            !Defaults.Contains(key) && !given.Contains(key, StringComparer.OrdinalIgnoreCase)
        );
        var sections = Sections.Where(section => !given.Any(key => Within(key, section)));
        return exact
            .Concat(sections)
            .Where(key => !NotDeployed.Covers(Host, key))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// The configuration key an environment variable sets (<c>Section__Key</c> → <c>Section:Key</c>).
    /// </summary>
    public static string KeyOf(string environmentVariable) =>
        environmentVariable.Replace("__", ":", StringComparison.Ordinal);

    public bool Reads(string key) => Exact.Contains(key) || Sections.Any(s => Within(key, s));

    public bool ReadsVariable(string environmentVariable) => Reads(KeyOf(environmentVariable));

    public static bool Within(string key, string section) =>
        key.Equals(section, StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase);
}
