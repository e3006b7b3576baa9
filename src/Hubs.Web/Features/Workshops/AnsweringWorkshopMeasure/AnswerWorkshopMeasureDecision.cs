using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Workshops.AnsweringWorkshopMeasure;

/// <summary>
/// The brief measure is answered once before the workshop starts (with a place booked) and once after it (having
/// attended), scored exactly as the catalogue scores it; only the total and band are kept, sealed with the
/// keyworker's data key.
/// </summary>
public static class AnswerWorkshopMeasureDecision
{
    public static Decision Decide(Workshop workshop, Guid placeId, AnswerWorkshopMeasure command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(command);
        var place = workshop.Place(placeId);
        var occasion = command.Occasion!.Value;
        var refusal = (occasion, place) switch
        {
            (_, null or { State: PlaceState.Cancelled }) => "This place is no longer booked.",
            (WorkshopOccasion.Before, { Before: not null }) => "You have already answered the questions before.",
            (WorkshopOccasion.Before, _) when workshop.StartsAt <= now =>
                "The workshop has started: the questions before it can no longer be answered.",
            (WorkshopOccasion.After, { After: not null }) => "You have already answered the questions after.",
            (WorkshopOccasion.After, { State: not PlaceState.Attended }) =>
                "The questions after the workshop open once the Hub has recorded that you came.",
            _ => null,
        };
        if (refusal is not null)
        {
            return Decision.Refuse("measure-closed", refusal);
        }

        return Scoring.Score(workshop.Measure, command.Answers!) switch
        {
            ScoreResult score => Decision.Accept([
                new WorkshopMeasureAnswered(
                    workshop.Id,
                    placeId,
                    occasion,
                    Personal.Of(place!.KeyworkerId, new MeasureScore(score.Total, score.Band.Code)),
                    now
                ),
                .. Paired(workshop, place, occasion, new MeasureScore(score.Total, score.Band.Code), now),
            ]),
            ScoringError error => Decision.Refuse(
                "answers-invalid",
                string.Join(" ", error.Problems.Select(p => p.Message))
            ),
            _ => throw new InvalidOperationException("Unknown scoring outcome."),
        };
    }

    /// <summary>The answer after, with one before: the pair's change, recorded apart from the place.</summary>
    private static object[] Paired(
        Workshop workshop,
        WorkshopPlace place,
        WorkshopOccasion occasion,
        MeasureScore after,
        DateTimeOffset now
    ) =>
        occasion == WorkshopOccasion.After
        && place.Before?.Value is { } before
        && WorkshopMeasures.Change(workshop.Measure, before, after) is { } change
            ? [new WorkshopMeasurePaired(workshop.Id, change, after.Total - before.Total, now)]
            : [];
}
