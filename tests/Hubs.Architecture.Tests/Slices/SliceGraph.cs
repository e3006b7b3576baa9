using Mono.Cecil;

namespace Hubs.Architecture.Tests.Slices;

/// <summary>Which feature slice uses which, with one example of each use for the failure message.</summary>
internal sealed class SliceGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> uses = [];

    public static SliceGraph Of(string assemblyPath)
    {
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var modules = new FeatureModules(assembly.MainModule);
        var graph = new SliceGraph();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var from = modules.Of(type);
            if (from is null)
            {
                continue;
            }

            foreach (var reference in TypeReferences.Of(type).Where(r => r.Scope == assembly.MainModule))
            {
                var to = modules.Of(reference);
                if (to is not null && to != from)
                {
                    graph.Add(from, to, $"{Outer(type).FullName} uses {Outer(reference).FullName}");
                }
            }
        }

        return graph;
    }

    public IReadOnlyCollection<string> Slices => [.. uses.Keys];

    public IEnumerable<string> UsedBy(string slice) => uses.TryGetValue(slice, out var to) ? to.Keys : [];

    public string Example(string from, string to) => uses[from][to];

    private void Add(string from, string to, string example)
    {
        uses.TryAdd(to, []);
        var targets = uses.TryGetValue(from, out var existing) ? existing : uses[from] = [];
        targets.TryAdd(to, example);
    }

    private static TypeReference Outer(TypeReference type) =>
        type.DeclaringType is null ? type : Outer(type.DeclaringType);
}
