using Hubs.Web.Features.Audit;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.Searching;
using Marten;

namespace Hubs.Web.Infrastructure;

/// <summary>
/// Indexes for the staff lists that a busy Hub (50,000 journeys and more) reads on every page view (issue 22,
/// benchmarks/SCALE.md): the triage queue (the few in the queue among every journey the Hub ever had), the waiting
/// list, a clinician's caseload and the audit view's latest entries. Declared here so that `ops/hubs migrate` creates
/// them; each matches the expressions of the page's query.
/// </summary>
internal static class StaffListIndexes
{
    public static void Configure(StoreOptions options)
    {
        options.Schema.For<TriageQueueItem>().Index([i => i.HubId, i => i.InQueue]);
        options.Schema.For<WaitingListEntry>().Index([e => e.HubId, e => e.SubmittedAt]);
        options.Schema.For<CaseloadEntry>().Index([e => e.ClinicianId!, e => e.HubId]);
        options.Schema.For<ReadAuditEntry>().Index([e => e.HubId, e => e.At]);
        options.Schema.For<StaffSearchAudit>().Index([e => e.HubId, e => e.At]);
    }
}
