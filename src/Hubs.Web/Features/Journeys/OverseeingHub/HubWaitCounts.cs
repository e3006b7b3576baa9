using Hubs.Web.Features.Journeys.ReadModels;
using Marten;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>How many people waited how many days on one line of the hub overview's waits.</summary>
public sealed record WaitCount(string Line, int Days, int People);

/// <summary>
/// <see cref="HubWaits.Of"/> counted in the database: a Hub's journeys grouped by line and days waited over the wait
/// marks <see cref="JourneySummary"/> keeps in its own columns, so the page reads a few hundred counts instead of
/// every journey the Hub ever had. Days between Hub-local dates (the zone an IANA id), as there.
/// </summary>
public static class HubWaitCounts
{
    public static async Task<HubWaits> ReadAsync(
        IQuerySession session,
        string hubId,
        DateOnly today,
        string zone,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var table = $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_journeysummary";
        var open = string.Join(
            " ",
            HubWaits.OpenLines.Select(l =>
                $"WHEN {(int)l.Stage} THEN '{l.Line.Replace("'", "''", StringComparison.Ordinal)}'"
            )
        );
        var counts = await session.QueryAsync<WaitCount>(
            $"""
            select json_build_object('Line', line, 'Days', days, 'People', count(*)) from (
              select case waiting_for {open} end as line,
                     ?::date - ((case waiting_for when {(int)WaitStage.SecondAppointment}
                                 then first_treatment_at else submitted_at end) at time zone ?)::date as days
                from {table} where data ->> 'HubId' = ? and waiting_for <> {(int)WaitStage.Nothing}
              union all
              select ?, (assessed_at at time zone ?)::date - (submitted_at at time zone ?)::date
                from {table} where data ->> 'HubId' = ? and assessed_at is not null
              union all
              select ?, (first_treatment_at at time zone ?)::date - (submitted_at at time zone ?)::date
                from {table} where data ->> 'HubId' = ? and first_treatment_at is not null
              union all
              select ?, (second_treatment_at at time zone ?)::date - (first_treatment_at at time zone ?)::date
                from {table} where data ->> 'HubId' = ? and second_treatment_at is not null
            ) waits group by line, days
            """,
            cancellationToken,
            today,
            zone,
            hubId,
            HubWaits.ToAssessment,
            zone,
            zone,
            hubId,
            HubWaits.ToTreatment,
            zone,
            zone,
            hubId,
            HubWaits.FirstToSecond,
            zone,
            zone,
            hubId
        );
        var days = counts
            .GroupBy(c => c.Line)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => Enumerable.Repeat(c.Days, c.People)).ToList());
        return HubWaits.FromDays(days);
    }
}
