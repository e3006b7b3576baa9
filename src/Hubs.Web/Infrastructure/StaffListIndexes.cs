using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Features.Journeys.Searching;
using Marten;

namespace Hubs.Web.Infrastructure;

/// <summary>
/// Indexes for the staff lists that a busy Hub (50,000 journeys and more) reads on every page view (issue 22,
/// benchmarks/SCALE.md): the triage queue (the few in the queue among every journey the Hub ever had), the waiting
/// list, a clinician's caseload, the open onward referrals (caseload and overview: the few open among every journey's
/// record) and the audit view's latest entries. Declared here so that `ops/hubs migrate` creates
/// them; each matches the expressions of the page's query.
/// </summary>
internal static class StaffListIndexes
{
    public static void Configure(StoreOptions options)
    {
        options.Schema.For<TriageQueueItem>().Index([i => i.HubId, i => i.InQueue]);
        // Partial: the waiting list is a few thousand of the Hub's entries (those with WaitingFor), and without it the
        // list and its counts past 6 and 18 weeks walked all 50,000 in order (0.2 s each, three a page).
        options
            .Schema.For<WaitingListEntry>()
            .Index([e => e.HubId, e => e.SubmittedAt], i => i.Predicate = "data ->> 'WaitingFor' is not null");
        options.Schema.For<CaseloadEntry>().Index([e => e.ClinicianId!, e => e.HubId]);
        options.Schema.For<OnwardRecord>().Index([r => r.HubId, r => r.OpenCount]);
        options.Schema.For<ReadAuditEntry>().Index([e => e.HubId, e => e.At]);
        options.Schema.For<StaffSearchAudit>().Index([e => e.HubId, e => e.At]);
    }
}
