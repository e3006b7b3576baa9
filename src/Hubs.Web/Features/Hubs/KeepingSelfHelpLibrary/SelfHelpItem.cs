namespace Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;

/// <summary>
/// One entry of a Hub's self-help library: a title, a plain-English summary and a link the Hub chose. Hub content,
/// not personal data; shown to keyworkers while they wait (always as text, never as markup).
/// </summary>
public sealed class SelfHelpItem
{
    public Guid Id { get; set; }

    public string HubId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public Uri Link { get; set; } = null!;

    public DateTimeOffset AddedAt { get; set; }

    public Guid AddedBy { get; set; }
}

/// <summary>What the API takes and gives: no ids of people, no dates finer than needed.</summary>
public sealed record AddSelfHelpItem(string? Title, string? Summary, string? Link);

public sealed record SelfHelpEntry(Guid Id, string Title, string Summary, Uri Link)
{
    public static SelfHelpEntry Of(SelfHelpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Title, item.Summary, item.Link);
    }
}
