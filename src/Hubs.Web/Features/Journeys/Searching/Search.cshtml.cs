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
/// journeys the viewer may open).
/// </summary>
public sealed class SearchModel(IDocumentSession session, ClinicClock clock, KeyworkerKeys keys)
    : ClinicPage(session, clock)
{
    public const int Shown = 50;

    [BindProperty]
    public string? Q { get; set; }

    [BindProperty]
    public string? BornDay { get; set; }

    [BindProperty]
    public string? BornMonth { get; set; }

    [BindProperty]
    public string? BornYear { get; set; }

    /// <summary>Null until a search has run.</summary>
    public IReadOnlyList<(SearchMatch Match, bool MayOpen)>? Results { get; private set; }

    public int Total { get; private set; }

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

        var matches = await JourneySearch.FindAsync(Session, keys, Me.HubId, query, cancellationToken);
        var grants = await Session
            .Query<BreakGlassGrant>()
            .Where(g => g.StaffId == Me.Id)
            .ToListAsync(cancellationToken);
        Total = matches.Count;
        Results = matches
            .Take(Shown)
            .Select(m =>
            {
                var grant = grants
                    .Where(g => g.JourneyId == m.Journey.Id && g.IsActive(Times.Now))
                    .MaxBy(g => g.ExpiresAt);
                return (m, AccessModel.ReadRecord.Admit(JourneyAccess.RelationOf(m.Journey, Me, grant, Times.Now)));
            })
            .ToList();
        Session.Store(
            new StaffSearchAudit(
                Guid.CreateVersion7(),
                Me.HubId,
                Me.Id,
                Me.Role,
                Times.Now,
                query.Kind,
                Results.Select(r => r.Match.Journey.Id).ToList()
            )
        );
        await Session.SaveChangesAsync(cancellationToken);
        return Page();
    }
}
