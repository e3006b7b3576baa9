using System.Globalization;

namespace Hubs.Web.Features.Shared;

/// <summary>
/// Dates and times as the keyworker reads them, in the Hub's time zone ("Tuesday 3 March 2026 at 2:30pm").
/// </summary>
public sealed record HubTime(TimeZoneInfo Zone)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("d MMMM yyyy", English);

    public string DateAndTime(DateTimeOffset at) =>
        TimeZoneInfo
            .ConvertTime(at, Zone)
            .ToString("dddd d MMMM yyyy 'at' h:mmtt", English)
            .Replace("AM", "am", StringComparison.Ordinal)
            .Replace("PM", "pm", StringComparison.Ordinal);
}
