using Hubs.Contracts.Journeys;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables.Evaluation;

/// <summary>
/// Experience of the service by occasion (assessment, discharge, then all responses): responses, the share positive
/// overall ("very good" or "good" of every response, don't-know included) and the share of statements answered
/// positively (agree or strongly agree) of those answered.
/// </summary>
public static class ExperienceTable
{
    public const string Title = "Experience of the service by occasion";

    public static PublishedTable Publish(
        IReadOnlyList<Keyed<ExperienceFact>> responses,
        DisclosureOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(responses);
        var rows = EvaluationCodes
            .Occasions.Select(o => new DraftRow<ExperienceFact>(o, [.. responses.Where(r => r.Record.Occasion == o)]))
            .Append(new DraftRow<ExperienceFact>("Total", responses, IsTotal: true))
            .ToList();
        return CellTable.Publish(
            Title,
            rows,
            [
                People.Count<ExperienceFact>("responses", "Responses", _ => true),
                People.Rate<ExperienceFact>("positive-overall", "Positive overall", r => r.Positive, _ => true),
                new RateOf<ExperienceFact>(
                    "positive-statements",
                    "Statements answered positively",
                    r => r.PositiveItems,
                    r => r.ItemsAnswered
                ),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );
    }
}
