using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// Find a person in the caller's own Hub. The form is posted, so what was typed never sits in a URL, a log line or
/// the browser's history; every search is audited by its kind. A match the caller may not open (off their caseload)
/// shows its reference and status only, with the way to ask for break-glass, as the lists do (they name only
/// journeys the viewer may open). At most <see cref="StaffSearch.Shown"/> people are listed, and the page says when
/// more match.
/// </summary>
public sealed class SearchModel(IDocumentSession session, ClinicClock clock, KeyworkerKeys keys)
    : ClinicPage(session, clock)
{
    [BindProperty]
    public string? Q { get; set; }

    [BindProperty]
    public string? BornDay { get; set; }

    [BindProperty]
    public string? BornMonth { get; set; }

    [BindProperty]
    public string? BornYear { get; set; }

    /// <summary>Null until a search has run.</summary>
    public IReadOnlyList<ShownMatch>? Results { get; private set; }

    /// <summary>More people match than are listed.</summary>
    public bool More { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["ErrorLinks"] = new Dictionary<string, string> { [StaffSearchQuery.DateField] = "#Born-day" };
        var (query, error) = StaffSearchQuery.Read(Q, BornDay, BornMonth, BornYear);
        if (query is null)
        {
            ModelState.AddModelError(error!.Value.Field, error.Value.Message);
            return Page();
        }

        (Results, More) = await StaffSearch.RunAsync(Session, keys, Me, query, Times.Now, cancellationToken);
        return Page();
    }
}
