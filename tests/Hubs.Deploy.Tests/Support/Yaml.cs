using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hubs.Deploy.Tests.Support;

/// <summary>
/// YAML as plain, mutable data: mappings become dictionaries, sequences lists, scalars strings. Tests
/// read manifests through it and break copies of them to prove each rule can fail.
/// </summary>
internal static class Yaml
{
    public static List<Dictionary<string, object?>> LoadAll(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents.Select(d => Convert(d.RootNode)).OfType<Dictionary<string, object?>>().ToList();
    }

    public static Dictionary<string, object?> Load(string path) => LoadAll(path).Single();

    private static object? Convert(YamlNode node) =>
        node switch
        {
            YamlMappingNode map => map.Children.ToDictionary(
                pair => ((YamlScalarNode)pair.Key).Value ?? string.Empty,
                pair => Convert(pair.Value)
            ),
            YamlSequenceNode seq => seq.Children.Select(Convert).ToList(),
            YamlScalarNode { Value: null or "~" or "null", Style: ScalarStyle.Plain } => null,
            YamlScalarNode scalar => scalar.Value,
            _ => throw new InvalidOperationException($"Unsupported YAML node {node.NodeType} at {node.Start}"),
        };
}
