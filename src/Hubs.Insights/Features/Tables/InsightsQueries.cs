using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables.Evaluation;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The one way pages, CSV downloads and feeds get a table of the catalogue: the caller's Hub narrows the
/// facts, the period picks the cohort, each record gets its record key, and the table is published cell by
/// cell through <see cref="CellRules"/>.
/// </summary>
public sealed class InsightsQueries(
    IJourneyFactsSource journeys,
    ITeamActivitySource teamActivities,
    IRecordKeySource recordKeys,
    IEvaluationSource? evaluation = null,
    Onward.IOnwardSource? onward = null,
    IReferralSourceSource? referralSources = null,
    GroupSupport.IGroupSupportSource? groups = null,
    Pathways.IPathwaySource? pathways = null
)
{
    /// <summary>The disclosure rules; only tests change them (to see the true figures an attacker is after).</summary>
    public DisclosureOptions Options { get; init; } = DisclosureOptions.Default;

    /// <summary>
    /// The table, or null when it names a Hub that is not one of the caller's (their <c>hub</c> claims).
    /// </summary>
    public Task<PublishedTable?> PublishAsync(
        TableRequest request,
        IReadOnlySet<string> callerHubs,
        CancellationToken cancellationToken
    ) => PublishOneAsync(request, callerHubs, new FactsOnce(journeys), cancellationToken);

    /// <summary>Several tables (one page's) from one read of the facts; each as <see cref="PublishAsync"/>.</summary>
    public async Task<IReadOnlyList<PublishedTable?>> PublishAllAsync(
        IEnumerable<TableRequest> requests,
        IReadOnlySet<string> callerHubs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(requests);
        var facts = new FactsOnce(journeys);
        var tables = new List<PublishedTable?>();
        foreach (var request in requests)
        {
            tables.Add(await PublishOneAsync(request, callerHubs, facts, cancellationToken));
        }

        return tables;
    }

    private async Task<PublishedTable?> PublishOneAsync(
        TableRequest request,
        IReadOnlySet<string> callerHubs,
        FactsOnce journeyFacts,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(callerHubs);
        var byHub = request.Table == TableCatalogue.Hubs;
        if (!byHub && (request.Hub is null || !callerHubs.Contains(request.Hub)))
        {
            return null;
        }

        IReadOnlySet<string> hubs = byHub ? callerHubs : new HashSet<string>(StringComparer.Ordinal) { request.Hub! };
        var keys = await recordKeys.GetAsync(cancellationToken);
        if (EvaluationTables.Publishes(request.Table))
        {
            // Without the evaluation tables' facts (issue 19) those tables are published empty.
            var cohort = evaluation is null
                ? EvaluationCohort.Empty
                : await evaluation.LoadAsync(hubs, cancellationToken);
            return EvaluationTables.Publish(request.Table, cohort, hubs, request.Period, keys, Options);
        }

        if (request.Table == TableCatalogue.TeamSupport)
        {
            var held = await teamActivities.LoadAsync(hubs, cancellationToken);
            return TeamSupportTable.Publish(
                [
                    .. held.Where(a => hubs.Contains(a.HubId) && request.Period.Contains(a.Month))
                        .Select(a => new Keyed<TeamActivityFacts>(a, keys.Of("team-activity:" + a.Key))),
                ],
                Options
            );
        }

        if (request.Table == TableCatalogue.ReferralSources)
        {
            return await ReferralSourcesTable.PublishAsync(
                referralSources,
                hubs,
                request.Period,
                keys,
                Options,
                cancellationToken
            );
        }

        var reflective = await GroupSupport.ReflectiveGroupsTable.PublishAsync(
            groups ?? GroupSupport.NoGroupSupport.Instance,
            request,
            hubs,
            keys,
            Options,
            cancellationToken
        );
        if (reflective is not null)
        {
            return reflective;
        }

        var sent = await Onward.OnwardTables.PublishAsync(
            onward ?? Onward.NoOnward.Instance,
            request,
            hubs,
            keys,
            Options,
            cancellationToken
        );
        if (sent is not null)
        {
            return sent;
        }

        var pathway = await Pathways.PathwayTables.PublishAsync(
            pathways ?? Pathways.NoPathways.Instance,
            request,
            hubs,
            keys,
            Options,
            cancellationToken
        );
        if (pathway is not null)
        {
            return pathway;
        }

        // Open waits count everyone who may still be waiting, whenever referred; every other table its period.
        if (request.Table == TableCatalogue.OpenWaits)
        {
            // Everyone of the Hub who may still be waiting, whenever they were referred.
            var waiting = await journeyFacts.LoadMayBeWaitingAsync(hubs, request.Period, cancellationToken);
            var everyone = waiting
                .Where(f => hubs.Contains(f.HubId))
                .Select(f => new Keyed<Metrics.JourneyFacts>(f, keys.Of(f.JourneyKey)));
            return OpenWaitsTable.Publish([.. everyone], request.Period, Options);
        }

        var facts = await journeyFacts.LoadAsync(hubs, request.Period, cancellationToken);

        var records = facts
            .Where(f => hubs.Contains(f.HubId) && request.Period.Contains(f.ReferralMonth))
            .Select(f => new Keyed<JourneyRecord>(JourneyRecord.Of(f), keys.Of(f.JourneyKey)))
            .ToList();
        return request.Table switch
        {
            TableCatalogue.Trends => TrendsTable.Publish(records, request.Period, options: Options),
            TableCatalogue.Hubs => HubsTable.Publish(records, callerHubs, options: Options),
            TableCatalogue.Waits => WaitsTable.Publish(records, request.Period, options: Options),
            TableCatalogue.Outcomes => OutcomesTable.Publish(records, request.Period, options: Options),
            TableCatalogue.Attendance => AttendanceTable.Publish(records, request.Period, options: Options),
            TableCatalogue.DischargeReasons => DischargeReasonsTable.Publish(records, options: Options),
            TableCatalogue.Equity => EquityTable.Publish(
                records,
                request.By ?? EquityBreakdown.Default,
                options: Options
            ),
            TableCatalogue.MeasureOutcomes => MeasureOutcomesTable.Publish(records, Options),
            _ => throw new ArgumentException($"Unknown table '{request.Table}'.", nameof(request)),
        };
    }
}
