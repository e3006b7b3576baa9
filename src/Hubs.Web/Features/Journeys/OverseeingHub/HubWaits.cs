using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>The Hub's waits: people still waiting, by stage, and waits already over (definitions: WAITS.md).</summary>
public sealed record HubWaits(IReadOnlyList<WaitFigures> Open, IReadOnlyList<WaitFigures> Completed)
{
    public const string ForTriage = "For triage";
    public const string ForAssessment = "For assessment";
    public const string ForTreatment = "For treatment";
    public const string ForSecondAppointment = "For a second treatment appointment (hidden wait)";
    public const string ToAssessment = "Referral to assessment";
    public const string ToTreatment = "Referral to first treatment appointment";
    public const string FirstToSecond = "First to second treatment appointment (hidden wait)";

    /// <summary>
    /// Whole days between the Hub-local calendar dates (<paramref name="localDate"/>), as Insights counts them.
    /// Open waits count to <paramref name="today"/>; a journey that has ended waits for nothing.
    /// </summary>
    public static HubWaits Of(
        IEnumerable<IJourneyFacts> journeys,
        DateOnly today,
        Func<DateTimeOffset, DateOnly> localDate
    )
    {
        ArgumentNullException.ThrowIfNull(journeys);
        ArgumentNullException.ThrowIfNull(localDate);
        int Days(DateTimeOffset from, DateOnly to) => to.DayNumber - localDate(from).DayNumber;
        var open = new Dictionary<string, List<int>>
        {
            [ForTriage] = [],
            [ForAssessment] = [],
            [ForTreatment] = [],
            [ForSecondAppointment] = [],
        };
        var completed = new Dictionary<string, List<int>>
        {
            [ToAssessment] = [],
            [ToTreatment] = [],
            [FirstToSecond] = [],
        };
        foreach (var journey in journeys)
        {
            var treatments = journey
                .Appointments.Where(a =>
                    a is { Purpose: AppointmentPurpose.Treatment, State: AppointmentState.Attended }
                )
                .Select(a => a.StartsAt)
                .Order()
                .ToList();
            if (journey.AssessedAt is { } assessed)
            {
                completed[ToAssessment].Add(Days(journey.SubmittedAt, localDate(assessed)));
            }

            if (treatments.Count > 0)
            {
                completed[ToTreatment].Add(Days(journey.SubmittedAt, localDate(treatments[0])));
            }

            if (treatments.Count > 1)
            {
                completed[FirstToSecond].Add(Days(treatments[0], localDate(treatments[1])));
            }

            if (OpenStage(journey, treatments.Count) is { } stage)
            {
                open[stage].Add(Days(stage == ForSecondAppointment ? treatments[0] : journey.SubmittedAt, today));
            }
        }

        return new(
            open.Select(o => WaitFigures.Of(o.Key, o.Value)).ToList(),
            completed.Select(c => WaitFigures.Of(c.Key, c.Value)).ToList()
        );
    }

    private static string? OpenStage(IJourneyFacts journey, int attendedTreatments) =>
        journey switch
        {
            { HasEnded: true } => null,
            { Status: JourneyStatus.Submitted or JourneyStatus.Screened } => ForTriage,
            { Status: JourneyStatus.Triaged } => ForAssessment,
            { AssessedAt: not null } when attendedTreatments == 0 => ForTreatment,
            _ when attendedTreatments == 1 => ForSecondAppointment,
            _ => null,
        };
}
