using Hubs.Contracts.HubWork;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// Consultations with managers in the period, by advice area (every one listed, then the total): how many, how many
/// about a whole team, how many a team session followed, and how many by the manager's sector.
/// </summary>
public static class ConsultationsTable
{
    public static PublishedTable Publish(
        IReadOnlyList<Keyed<ConsultationFacts>> consultations,
        DisclosureOptions? options = null
    ) =>
        CellTable.Publish(
            CommissionerWords.Titles.Consultations,
            TableRows.ByCategory(consultations, HubWorkCodes.AdviceAreas, c => c.AdviceArea, "Total"),
            [
                People.Count<ConsultationFacts>("consultations", CommissionerWords.Columns.Consultations, _ => true),
                People.Count<ConsultationFacts>("about-team", CommissionerWords.Columns.AboutTeam, c => c.AboutTeam),
                People.Count<ConsultationFacts>("team-session", CommissionerWords.Columns.TeamSessionFollowed, c =>
                    c.TeamSessionFollowed
                ),
                .. HubWorkCodes.Sectors.Select(s =>
                    People.Count<ConsultationFacts>(s, CommissionerWords.Of(s), c => c.Sector == s)
                ),
            ],
            hideZerosUnderSuppressedTotal: true,
            options
        );
}
