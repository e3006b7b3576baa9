using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Searching;
using Hubs.Web.Features.Shared;
using Hubs.Web.Features.Workshops.RecordingAttendance;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Audit;

/// <summary>
/// The hub lead's audit view: who opened which record, when and why; break-glass reads with their reasons; searches.
/// </summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public sealed class AuditModel(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)]
    public bool BreakGlassOnly { get; set; }

    public IReadOnlyList<ReadAuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<ClinicianProfile> Clinicians { get; private set; } = [];

    /// <summary>
    /// The latest staff searches in the Hub: who, when, the kind of search and how many people it showed.
    /// </summary>
    public IReadOnlyList<StaffSearchAudit> Searches { get; private set; } = [];

    /// <summary>The latest reads of workshop rosters (the names of who booked) in the Hub.</summary>
    public IReadOnlyList<RosterRead> RosterReads { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = Session.Query<ReadAuditEntry>().Where(e => e.HubId == Me.HubId);
        if (BreakGlassOnly)
        {
            query = query.Where(e => e.BreakGlass);
        }

        Entries = await query.OrderByDescending(e => e.At).Take(Shown).ToListAsync(cancellationToken);
        Clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
        Searches = await Session
            .Query<StaffSearchAudit>()
            .Where(e => e.HubId == Me.HubId)
            .OrderByDescending(e => e.At)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        RosterReads = await Session
            .Query<RosterRead>()
            .Where(e => e.HubId == Me.HubId)
            .OrderByDescending(e => e.At)
            .Take(Shown)
            .ToListAsync(cancellationToken);
    }
}
