using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Questionnaires;
using Marten;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// An open case at risk, for the lead: its current level, the latest risk event (source and date, never a note),
/// the last contact, the latest contact attempt (reached or not) and whether it has gone longer than the Hub's
/// no-contact threshold while at risk.
/// </summary>
public sealed record OpenRisk(
    Guid JourneyId,
    DateTimeOffset SubmittedAt,
    Guid? ClinicianId,
    JourneyStatus Status,
    RiskLevel Level,
    RiskSignal? Latest,
    DateTimeOffset LastContact,
    int DaysSinceContact,
    bool NoContactTooLong,
    LastContactAttempt? LastAttempt = null
);

/// <summary>
/// Every open journey of a Hub at risk, from referral to discharge: urgent first, then the longest without contact.
/// </summary>
public static class OpenRisks
{
    private static readonly JourneyStatus[] Open =
    [
        JourneyStatus.Submitted,
        JourneyStatus.Screened,
        JourneyStatus.Triaged,
        JourneyStatus.Assessed,
        JourneyStatus.Waiting,
        JourneyStatus.InSupport,
    ];

    public static async Task<IReadOnlyList<OpenRisk>> ListAsync(
        IQuerySession session,
        string hubId,
        DateTimeOffset now,
        int noContactDays,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var atRisk = await session
            .Query<JourneySummary>()
            .Where(j => j.HubId == hubId && j.Risk != RiskLevel.None && j.Status.IsOneOf(Open))
            .ToListAsync(cancellationToken);
        var latest = await LatestRiskSignals.ReadAsync(session, atRisk.Select(j => j.Id), cancellationToken);
        var rows = atRisk.Select(journey =>
        {
            var days = Contact.DaysSince(journey, now);
            return new OpenRisk(
                journey.Id,
                journey.SubmittedAt,
                journey.ClinicianId,
                journey.Status,
                journey.Risk,
                latest.GetValueOrDefault(journey.Id),
                Contact.Last(journey),
                days,
                days > noContactDays,
                journey.LastAttempt
            );
        });
        return rows.OrderByDescending(r => r.Level).ThenByDescending(r => r.DaysSinceContact).ToList();
    }
}
