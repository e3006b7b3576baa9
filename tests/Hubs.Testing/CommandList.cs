namespace Hubs.Testing;

/// <summary>Reads the command names back from a host's <c>--help</c> list (two-space indented rows).</summary>
public static class CommandList
{
    public static IReadOnlyList<string> Names(string printed) =>
        printed
            .Split('\n')
            .Where(line => line.StartsWith("  ", StringComparison.Ordinal))
            .Select(line => line.Trim().Split(' ')[0])
            .ToList();
}
