namespace Hubs.Architecture.Tests.Layout;

/// <summary>
/// Lines of at most 120 columns (the code layout in docs/STYLE), so a file reads without scrolling sideways, in a
/// review's side-by-side view too. <c>ops/hubs format</c> lays out the code and comments; long strings and Razor
/// lines are split by hand.
/// </summary>
public sealed class LineLengthTests
{
    private const int Width = 120;
    private const int Listed = 100;

    [Fact]
    public void No_line_of_the_code_runs_past_120_columns()
    {
        var tooLong = SourceFiles
            .All()
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(entry => entry.line.TrimEnd('\r').Length > Width)
            .Select(entry => $"{SourceFiles.Relative(entry.path)}:{entry.number} ({entry.line.TrimEnd('\r').Length})")
            .ToList();

        Assert.True(tooLong.Count == 0, Message(tooLong));
    }

    private static string Message(List<string> tooLong) =>
        $"{tooLong.Count} line(s) over {Width} columns. Run ops/hubs format (CSharpier, then long comments "
        + "re-wrapped); split what is left (string literals, .cshtml lines) by hand.\n"
        + string.Join('\n', tooLong.Take(Listed))
        + (tooLong.Count > Listed ? $"\n… and {tooLong.Count - Listed} more" : "");
}
