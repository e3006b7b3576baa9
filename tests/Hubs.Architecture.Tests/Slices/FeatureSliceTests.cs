using System.Reflection;

namespace Hubs.Architecture.Tests.Slices;

/// <summary>
/// Web's features (the top-level folders under <c>Features/</c>) may use each other in one direction only, so a
/// reader can follow one feature without following them all. <c>Features/Kernel</c> is the shared kernel everyone
/// uses; it is a slice like the others, so it cannot use a feature that uses it.
/// </summary>
public sealed class FeatureSliceTests
{
    private static readonly string WebAssembly = Assembly.Load("Hubs.Web").Location;

    [Fact]
    public void No_feature_slices_depend_on_each_other_in_a_circle()
    {
        var graph = SliceGraph.Of(WebAssembly);

        var circles = Circles.In(graph).Select(circle => Describe(graph, circle)).ToList();

        Assert.True(circles.Count == 0, "Feature slices in a circle:\n" + string.Join("\n", circles));
    }

    private static string Describe(SliceGraph graph, IReadOnlyList<string> circle)
    {
        var uses = circle.SelectMany(from =>
            graph.UsedBy(from).Where(circle.Contains).Select(to => $"    {from} → {to}: {graph.Example(from, to)}")
        );
        return $"  {string.Join(", ", circle)}\n{string.Join("\n", uses)}";
    }
}
