using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadingCaseload;

/// <summary>A case on a clinician's caseload, with its journey summary (risk, status, appointments).</summary>
public sealed record CaseloadCase(CaseloadEntry Entry, JourneySummary? Journey)
{
    public RiskLevel Risk => Journey?.Risk ?? RiskLevel.None;
}

/// <summary>
/// A clinician's caseload in the page's order: every case at urgent risk (oldest referral first), then the others,
/// raised risk first, then the oldest referral (the triage queue's order). A caseload is a few dozen cases (40–90
/// at a busy Hub), so its entries and their summaries are read whole, by two indexed reads, and paged in memory;
/// what costs more (names unsealed, risk events read) is done for the page's rows only.
/// </summary>
public static class CaseloadCases
{
    public static async Task<(List<CaseloadCase> Urgent, List<CaseloadCase> Others)> ReadAsync(
        IQuerySession session,
        string hubId,
        Guid clinicianId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var entries = await Caseload.ListAsync(session, hubId, clinicianId, cancellationToken);
        var journeys = (
            await session.LoadManyAsync<JourneySummary>(cancellationToken, entries.Select(e => e.Id))
        ).ToDictionary(j => j.Id);
        var cases = entries.Select(e => new CaseloadCase(e, journeys.GetValueOrDefault(e.Id))).ToList();
        return (
            cases.Where(c => c.Risk == RiskLevel.Urgent).ToList(),
            cases.Where(c => c.Risk != RiskLevel.Urgent).OrderByDescending(c => c.Risk).ToList()
        );
    }
}
