namespace Hubs.Web.Features.Shared;

/// <summary>
/// The previous/next links of a paged list (<c>_Pager.cshtml</c>); <see cref="Href"/> makes a page's link.
/// </summary>
public sealed record Pager(string Label, int Page, int Pages, Func<int, string> Href);
