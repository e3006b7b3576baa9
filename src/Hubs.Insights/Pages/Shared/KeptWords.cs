using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Hubs.Insights.Pages.Shared;

/// <summary>
/// A column heading whose hyphenated words ("Drop-out", "Check-ins") are kept whole on one line: a browser may break
/// after a hyphen, and a heading broken inside a word is hard to read, above all in a narrow printed column.
/// </summary>
public static class KeptWords
{
    public static IHtmlContent Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new HtmlString(
            string.Join(
                ' ',
                label
                    .Split(' ')
                    .Select(w =>
                        w.Contains('-', StringComparison.Ordinal)
                            ? $"<span class=\"hubs-nowrap\">{HtmlEncoder.Default.Encode(w)}</span>"
                            : HtmlEncoder.Default.Encode(w)
                    )
            )
        );
    }
}
