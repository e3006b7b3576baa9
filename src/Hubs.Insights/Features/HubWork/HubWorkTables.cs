using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// The Hub work tables of the catalogue (issue 21): the caller's Hubs and the period's months pick the records, each
/// keyed by its kind and pseudonymous key.
/// </summary>
public sealed class HubWorkTables(IHubWorkSource? source = null) : ITablePublisher
{
    private readonly IHubWorkSource source = source ?? NoHubWork.Instance;

    public IReadOnlyCollection<string> Tables { get; } =
    [
        TableCatalogue.AdverseEventResponse,
        TableCatalogue.Workshops,
        TableCatalogue.Consultations,
        TableCatalogue.Outreach,
        TableCatalogue.OutreachByOrganisationType,
        TableCatalogue.AdverseEventsBySector,
    ];

    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (hubs, options) = (scope.Hubs, scope.Options);
        switch (scope.Request.Table)
        {
            case TableCatalogue.AdverseEventResponse:
                return AdverseEventResponseTable.Table.Publish(await AdverseEventsAsync(), scope.Period, options);
            case TableCatalogue.AdverseEventsBySector:
                return AdverseEventsBySectorTable.Publish(await AdverseEventsAsync(), options);
            case TableCatalogue.Workshops:
                var workshops = await source.WorkshopsAsync(hubs, cancellationToken);
                return WorkshopsTable.Table.Publish(
                    scope.InPeriod(workshops, w => w.HubId, w => w.Month, w => "workshop:" + w.Key),
                    scope.Period,
                    options
                );
            case TableCatalogue.Consultations:
                var consultations = await source.ConsultationsAsync(hubs, cancellationToken);
                return ConsultationsTable.Publish(
                    scope.InPeriod(consultations, c => c.HubId, c => c.Month, c => "consultation:" + c.Key),
                    options
                );
            case TableCatalogue.OutreachByOrganisationType:
                return OutreachByOrganisationTable.Publish(await OutreachAsync(), options);
            default:
                return OutreachTable.Publish(await OutreachAsync(), options);
        }

        // One record key per kind, whichever table reads it: both tables of a kind perturb each record alike.
        async Task<List<Keyed<AdverseEventFacts>>> AdverseEventsAsync() =>
            scope.InPeriod(
                await source.AdverseEventsAsync(hubs, cancellationToken),
                e => e.HubId,
                e => e.Month,
                e => "adverse-event:" + e.Key
            );

        async Task<List<Keyed<OutreachFacts>>> OutreachAsync() =>
            scope.InPeriod(
                await source.OutreachAsync(hubs, cancellationToken),
                o => o.HubId,
                o => o.Month,
                o => "outreach:" + o.Key
            );
    }
}
