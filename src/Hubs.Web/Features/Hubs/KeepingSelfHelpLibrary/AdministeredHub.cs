namespace Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;

/// <summary>
/// The Hub a hub admin acts on: the one a page names (<c>hub</c>) when it is theirs, else the one they chose
/// (<see cref="HubChoice"/>), else their first; null when a page names one that is not theirs (answered as not
/// found). Only Hubs of this deployment's directory count. Every hub admin page and endpoint asks here.
/// </summary>
public static class AdministeredHub
{
    /// <summary>The admin's Hubs of this deployment, first to last.</summary>
    public static IReadOnlyList<string> Mine(HttpContext http, HubDirectory hubs)
    {
        ArgumentNullException.ThrowIfNull(hubs);
        return [.. HubChoice.Mine(http).Where(hubs.Contains)];
    }

    public static string? Of(HttpContext http, string? asked, HubDirectory hubs)
    {
        var mine = Mine(http, hubs);
        var first = mine.Count > 0 ? mine[0] : null;
        return string.IsNullOrEmpty(asked)
                ? (HubChoice.Of(http) is { } chosen && mine.Contains(chosen) ? chosen : first)
            : mine.Contains(asked) ? asked
            : null;
    }
}
