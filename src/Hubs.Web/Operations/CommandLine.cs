namespace Hubs.Web.Operations;

/// <summary>The one way host commands read their options: <c>--name value</c>.</summary>
internal static class CommandLine
{
    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
