using Hubs.Web.Features.Journeys.ReadModels;

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

    /// <summary>The open lines, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<(WaitStage Stage, string Line)> OpenLines =
    [
        (WaitStage.Triage, ForTriage),
        (WaitStage.Assessment, ForAssessment),
        (WaitStage.Treatment, ForTreatment),
        (WaitStage.SecondAppointment, ForSecondAppointment),
    ];

    public static readonly IReadOnlyList<string> CompletedLines = [ToAssessment, ToTreatment, FirstToSecond];

    /// <summary>
    /// Whole days between the Hub-local calendar dates (<paramref name="localDate"/>), as Insights counts them.
    /// Open waits count to <paramref name="today"/>; a journey that has ended waits for nothing. The definition;
    /// the page counts the same in the database (<see cref="HubWaitCounts"/>).
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
        var days = OpenLines.Select(l => l.Line).Concat(CompletedLines).ToDictionary(l => l, _ => new List<int>());
        foreach (var journey in journeys)
        {
            var treatments = journey.Appointments.AttendedTreatments();
            if (journey.AssessedAt is { } assessed)
            {
                days[ToAssessment].Add(Days(journey.SubmittedAt, localDate(assessed)));
            }

            if (treatments.Count > 0)
            {
                days[ToTreatment].Add(Days(journey.SubmittedAt, localDate(treatments[0])));
            }

            if (treatments.Count > 1)
            {
                days[FirstToSecond].Add(Days(treatments[0], localDate(treatments[1])));
            }

            var stage = WaitMarks.StageOf(journey, treatments.Count);
            if (stage != WaitStage.Nothing)
            {
                var line = OpenLines.Single(l => l.Stage == stage).Line;
                days[line].Add(Days(stage == WaitStage.SecondAppointment ? treatments[0] : journey.SubmittedAt, today));
            }
        }

        return FromDays(days);
    }

    /// <summary>Each line's figures from the days each person waited (a line with nobody in it shown empty).</summary>
    public static HubWaits FromDays(IReadOnlyDictionary<string, List<int>> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        IReadOnlyList<WaitFigures> Lines(IEnumerable<string> lines) =>
            lines.Select(l => WaitFigures.Of(l, days.TryGetValue(l, out var d) ? d : [])).ToList();
        return new(Lines(OpenLines.Select(l => l.Line)), Lines(CompletedLines));
    }
}
