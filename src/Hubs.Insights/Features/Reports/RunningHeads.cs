using System.Globalization;
using System.Text;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// Print CSS that puts each report page on its own named pages, whose top margin names the report, quarter and Hub:
/// a printed sheet that falls out of the pile still says what it is.
/// </summary>
public static class RunningHeads
{
    public static string Css(string quarter, IReadOnlyList<string> pageHeadings)
    {
        ArgumentNullException.ThrowIfNull(pageHeadings);
        // The title and method text before the first report page print on its first sheet, under its head.
        var css = new StringBuilder("main { page: report-1; }\n");
        for (var i = 1; i <= pageHeadings.Count; i++)
        {
            var head = Quoted($"Quarterly report, {quarter} - {pageHeadings[i - 1]}");
            css.Append(
                CultureInfo.InvariantCulture,
                $$"""
                .hubs-report-page:nth-of-type({{i}}) { page: report-{{i}}; }
                @page report-{{i}} { @top-left { content: {{head}}; font-size: 8pt; color: #425462; } }

                """
            );
        }

        return css.ToString();
    }

    /// <summary>A CSS string: quotes, backslashes and anything below a space escaped as code points.</summary>
    private static string Quoted(string text) =>
        "\""
        + string.Concat(
            text.Select(c => c is '"' or '\\' || c < ' ' ? $"\\{(int)c:x} " : c.ToString(CultureInfo.InvariantCulture))
        )
        + "\"";
}
