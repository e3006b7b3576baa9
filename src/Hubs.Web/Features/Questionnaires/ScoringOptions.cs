namespace Hubs.Web.Features.Questionnaires;

/// <summary>Hub-configurable scoring choices. Project rule: PCL-5's probable-PTSD cut-off is 31, 32 or 33.</summary>
public sealed record ScoringOptions(int Pcl5CutOff = ScoringOptions.DefaultPcl5CutOff)
{
    public const int DefaultPcl5CutOff = 33;
    public const int LowestPcl5CutOff = 31;
    public const int HighestPcl5CutOff = 33;

    public static ScoringOptions Default { get; } = new();

    public IReadOnlyList<QuestionnaireProblem> Check() =>
        Pcl5CutOff is >= LowestPcl5CutOff and <= HighestPcl5CutOff
            ? []
            :
            [
                new QuestionnaireProblem(
                    MeasureId.Pcl5,
                    null,
                    ProblemKind.InvalidConfiguration,
                    $"The PCL-5 cut-off must be between {LowestPcl5CutOff} "
                        + $"and {HighestPcl5CutOff}; {Pcl5CutOff} was configured."
                ),
            ];
}
