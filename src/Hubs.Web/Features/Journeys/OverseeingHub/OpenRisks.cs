using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Features.Shared;
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
/// A page holds every urgent case and one page of the others; only the rows shown have their events read for the
/// latest risk event. The Hub's open journeys are given (<see cref="OpenJourneys"/>, read once for the page).
/// </summary>
public static class OpenRisks
{
    /// <summary>
    /// The page, and how many of all the cases at risk went longer than the threshold without contact.
    /// </summary>
    public static async Task<(UrgentFirstPage<OpenRisk> Page, int NoContactTooLong)> PageAsync(
        IQuerySession session,
        IEnumerable<IOpenCaseFacts> open,
        DateTimeOffset now,
        int noContactDays,
        (int Number, int Size) page,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var rows = open.Where(j => j.Risk != RiskLevel.None && !j.Status.IsEnding())
            .Select(journey => Row(journey, now, noContactDays))
            .OrderByDescending(r => r.Level)
            .ThenByDescending(r => r.DaysSinceContact)
            .ToList();
        var urgent = rows.Where(r => r.Level == RiskLevel.Urgent).ToList();
        var others = rows.Where(r => r.Level != RiskLevel.Urgent).ToList();
        var shown = others.Skip((page.Number - 1) * page.Size).Take(page.Size).ToList();
        var latest = await LatestSignalsAsync(
            session,
            urgent.Concat(shown).Select(r => r.JourneyId),
            cancellationToken
        );
        return (
            new UrgentFirstPage<OpenRisk>(
                urgent.Select(r => r with { Latest = latest.GetValueOrDefault(r.JourneyId) }).ToList(),
                shown.Select(r => r with { Latest = latest.GetValueOrDefault(r.JourneyId) }).ToList(),
                others.Count,
                page.Number,
                page.Size
            ),
            rows.Count(r => r.NoContactTooLong)
        );
    }

    /// <summary>
    /// The list shows each latest signal's source and date, never its answer or note: the events are read sealed (no
    /// data key looked up, nothing decrypted), which the ~300 listed journeys' keys made the page's slowest part
    /// every time the key cache expired (benchmarks/SCALE.md). Sealed for this call's flow only.
    /// </summary>
    private static async Task<IReadOnlyDictionary<Guid, RiskSignal>> LatestSignalsAsync(
        IQuerySession session,
        IEnumerable<Guid> journeyIds,
        CancellationToken cancellationToken
    )
    {
        SealedReading.Begin();
        return await LatestRiskSignals.ReadAsync(session, journeyIds, cancellationToken);
    }

    private static OpenRisk Row(IOpenCaseFacts journey, DateTimeOffset now, int noContactDays)
    {
        var days = Contact.DaysSince(journey, now);
        return new OpenRisk(
            journey.Id,
            journey.SubmittedAt,
            journey.ClinicianId,
            journey.Status,
            journey.Risk,
            null,
            Contact.Last(journey),
            days,
            days > noContactDays,
            journey.LastAttempt
        );
    }
}
