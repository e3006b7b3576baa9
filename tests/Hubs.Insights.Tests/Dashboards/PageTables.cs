using System.Net;
using System.Text.RegularExpressions;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// Reads the data tables of a dashboard page as a reader sees them: each row's shown cells, by table id.
/// </summary>
internal static partial class PageTables
{
    public static Dictionary<string, List<string[]>> Read(string html) =>
        TablePattern()
            .Matches(html)
            .ToDictionary(
                m => m.Groups["id"].Value,
                m =>
                    RowPattern()
                        .Matches(m.Groups["body"].Value)
                        .Select(row =>
                            CellPattern().Matches(row.Value).Select(c => Text(c.Groups["cell"].Value)).ToArray()
                        )
                        .ToList()
            );

    /// <summary>The cell's text, with a suppressed mark ("*" plus hidden "suppressed") read as "*".</summary>
    private static string Text(string cell)
    {
        var text = WebUtility.HtmlDecode(TagPattern().Replace(cell, " "));
        text = WhitespacePattern().Replace(text, " ").Trim();
        return text == "* suppressed" ? "*" : text;
    }

    [GeneratedRegex(
        "<table class=\"nhsuk-table\" id=\"(?<id>[^\"]+)\">.*?<tbody[^>]*>(?<body>.*?)</tbody>",
        RegexOptions.Singleline
    )]
    private static partial Regex TablePattern();

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(?<cell>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhitespacePattern();
}
