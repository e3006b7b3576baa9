using System.Globalization;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

/// <summary>What the thread partial shows: the messages, who "you" are, and the Hub's time zone for times.</summary>
public sealed record ThreadView(MessageThread Thread, MessageAuthor Reader, TimeZoneInfo Zone, string? Text)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public string Who(MessageAuthor from) =>
        from == Reader ? "You"
        : from == MessageAuthor.Hub ? "The Hub"
        : "The keyworker";

    public string When(DateTimeOffset at) =>
        TimeZoneInfo
            .ConvertTime(at, Zone)
            .ToString("d MMMM yyyy 'at' h:mmtt", English)
            .Replace("AM", "am", StringComparison.Ordinal)
            .Replace("PM", "pm", StringComparison.Ordinal);
}
