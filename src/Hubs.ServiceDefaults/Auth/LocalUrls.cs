namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// The one check of a return address after sign-in, used by every host. Only a plain path on this host is
/// followed. Browsers drop tabs and newlines from a URL and read a backslash as a slash, so
/// <c>/\t/evil.example/</c> or <c>/\evil.example</c> would become <c>//evil.example/</c>, another site; a newline
/// cannot go into a Location header at all. Anything else is answered with the home page, never an error.
/// </summary>
public static class LocalUrls
{
    public const string Home = "/";

    public static string OrHome(string? url) => IsLocal(url) ? url! : Home;

    public static bool IsLocal(string? url) =>
        url is { Length: > 0 }
        && url[0] == '/'
        && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Any(c => char.IsControl(c) || c == '\\')
        && Uri.TryCreate(url, UriKind.Relative, out var parsed)
        // Resolved against any origin, the address must stay on that origin.
        && new Uri(Origin, parsed).Authority == Origin.Authority;

    private static readonly Uri Origin = new("https://this.host.invalid/");
}
