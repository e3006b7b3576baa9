using System.Globalization;
using System.Text.RegularExpressions;

namespace Hubs.Web.Tests.Clinic;

/// <summary>The free slots a booking form offers, read from its links as a booker would click them.</summary>
internal static partial class FreeSlotLinks
{
    /// <summary>The clinician's first free slot on the booking form: its link and its local start.</summary>
    public static (string Link, DateTime Local) First(string html, Guid clinicianId)
    {
        var match = SlotLinks().Matches(html).First(m => m.Groups["clinician"].Value == clinicianId.ToString());
        var local = DateTime.ParseExact(
            $"{match.Groups["year"].Value}-{match.Groups["month"].Value}-{match.Groups["day"].Value} "
                + $"{match.Groups["time"].Value}",
            "yyyy-M-d HH:mm",
            CultureInfo.InvariantCulture
        );
        return (match.Value, local);
    }

    [GeneratedRegex(
        "dateDay=(?<day>\\d+)&amp;dateMonth=(?<month>\\d+)&amp;dateYear=(?<year>\\d+)"
            + "&amp;time=(?<time>\\d\\d:\\d\\d)&amp;clinicianId=(?<clinician>[0-9a-f-]+)"
    )]
    private static partial Regex SlotLinks();
}
