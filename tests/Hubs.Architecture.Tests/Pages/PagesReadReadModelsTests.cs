using System.Reflection;
using Mono.Cecil;

namespace Hubs.Architecture.Tests.Pages;

/// <summary>
/// Pages read read models, not the write-side journey: a page model never loads, queries or keeps a
/// <c>Journey</c>; it reaches one only as the parameter of a decision it hands to the write path
/// (<c>JourneyWrites</c> / <c>StreamAppend</c>, through <c>OwnJourneyPage</c> or <c>JourneyPage</c>). The readers
/// a page calls (a booking's context, the door a page opens the journey through) count as the page.
/// </summary>
public sealed class PagesReadReadModelsTests
{
    /// <summary>
    /// Pages still holding the journey, by class name (names survive a move between folders). Empty: every page reads
    /// read models. The list may only shrink: the test fails when one of them no longer holds it.
    /// </summary>
    private static readonly HashSet<string> KnownGaps = [];

    [Fact]
    public void No_page_model_holds_the_write_side_journey()
    {
        using var module = ModuleDefinition.ReadModule(Assembly.Load("Hubs.Web").Location);
        var holders = PageModels
            .In(module)
            .Select(p => (p.Page.Name, Where: p.Types.SelectMany(JourneyHolders.In).Distinct().ToList()))
            .Where(p => p.Where.Count > 0)
            .ToList();

        var found = holders
            .Where(h => !KnownGaps.Contains(h.Name))
            .Select(h => $"  {h.Name}: {string.Join("; ", h.Where.Take(3))}");
        var closed = KnownGaps.Except(holders.Select(h => h.Name));

        Assert.True(
            !found.Any(),
            "Page models holding the write-side Journey (read a read model instead):\n" + string.Join("\n", found)
        );
        Assert.True(
            !closed.Any(),
            "No longer holding the Journey, take them off KnownGaps: " + string.Join(", ", closed)
        );
    }

    /// <summary>Readers (Type.Method) still loading the journey for a page. May only shrink, as above.</summary>
    private static readonly HashSet<string> KnownReaderGaps = [];

    [Fact]
    public void No_reader_a_page_calls_loads_the_write_side_journey()
    {
        using var module = ModuleDefinition.ReadModule(Assembly.Load("Hubs.Web").Location);
        var pages = PageModels.In(module).ToList();
        var pageTypes = pages.Select(p => p.Page).ToHashSet();
        var readers = pages
            .SelectMany(p => PageReaders.CalledBy(p.Types, pageTypes).Select(r => (Page: p.Page.Name, Reader: r)))
            .Select(c => (c.Page, Name: $"{c.Reader.DeclaringType.Name}.{c.Reader.Name}", c.Reader))
            .Select(c => (c.Page, c.Name, Where: PageReaders.JourneyHeldBy(c.Reader).Distinct().ToList()))
            .Where(c => c.Where.Count > 0)
            .ToList();

        var found = readers
            .Where(r => !KnownReaderGaps.Contains(r.Name))
            .GroupBy(r => r.Name)
            .Select(g => $"  {g.Key} ({string.Join(", ", g.Select(r => r.Page).Distinct())}): {g.First().Where[0]}");
        var closed = KnownReaderGaps.Except(readers.Select(r => r.Name));

        Assert.True(
            !found.Any(),
            "Readers that load the write-side Journey for a page (read a read model instead):\n"
                + string.Join("\n", found)
        );
        Assert.True(
            !closed.Any(),
            "No longer loading the Journey, take them off KnownReaderGaps: " + string.Join(", ", closed)
        );
    }
}
