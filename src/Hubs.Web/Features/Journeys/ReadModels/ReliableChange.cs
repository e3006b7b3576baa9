namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>A score beside the journey's first score on the same measure, with reliable change marked.</summary>
public sealed record MarkedScore(int Score, int ChangeFromFirst, Change Change);

/// <summary>
/// Reliable change against the first score: PHQ-9 by 6 or more, GAD-7 by 4 or more (src/DOMAIN-RULES.md).
/// A fall is improvement; a rise is deterioration.
/// </summary>
public static class ReliableChange
{
    public const int Phq9Threshold = 6;
    public const int Gad7Threshold = 4;

    public static MarkedScore? Mark(int? first, int? score, int threshold)
    {
        if (first is null || score is null)
        {
            return null;
        }

        var change = score.Value - first.Value;
        var marked =
            change <= -threshold ? Change.ReliableImprovement
            : change >= threshold ? Change.ReliableDeterioration
            : Change.None;
        return new MarkedScore(score.Value, change, marked);
    }
}
