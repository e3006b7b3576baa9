namespace Hubs.Deploy.Tests.Support;

/// <summary>Null-tolerant navigation over <see cref="Yaml"/> data: a missing step yields null or empty.</summary>
internal static class Tree
{
    public static object? At(this object? node, params string[] path)
    {
        foreach (var step in path)
        {
            node = node is Dictionary<string, object?> map && map.TryGetValue(step, out var next) ? next : null;
        }

        return node;
    }

    public static Dictionary<string, object?>? Map(this object? node, params string[] path) =>
        node.At(path) as Dictionary<string, object?>;

    public static List<object?> Seq(this object? node, params string[] path) => node.At(path) as List<object?> ?? [];

    public static IEnumerable<Dictionary<string, object?>> Maps(this object? node, params string[] path) =>
        node.Seq(path).OfType<Dictionary<string, object?>>();

    public static string? Str(this object? node, params string[] path) => node.At(path) as string;

    /// <summary>A mapping of scalars (labels, matchLabels, a ConfigMap's data).</summary>
    public static Dictionary<string, string> Strings(this object? node, params string[] path) =>
        node.Map(path)?.ToDictionary(p => p.Key, p => p.Value as string ?? string.Empty) ?? [];
}
