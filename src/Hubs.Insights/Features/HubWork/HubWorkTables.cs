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
                var events = await source.AdverseEventsAsync(hubs, cancellationToken);
                return AdverseEventResponseTable.Publish(
                    scope.InPeriod(events, e => e.HubId, e => e.Month, e => "adverse-event:" + e.Key),
                    scope.Period,
                    options
                );
            case TableCatalogue.AdverseEventsBySector:
                var bySector = await source.AdverseEventsAsync(hubs, cancellationToken);
                return AdverseEventsBySectorTable.Publish(
                    scope.InPeriod(bySector, e => e.HubId, e => e.Month, e => "adverse-event:" + e.Key),
                    options
                );
            case TableCatalogue.Workshops:
                var workshops = await source.WorkshopsAsync(hubs, cancellationToken);
                return WorkshopsTable.Publish(
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
                var byType = await source.OutreachAsync(hubs, cancellationToken);
                return OutreachByOrganisationTable.Publish(
                    scope.InPeriod(byType, o => o.HubId, o => o.Month, o => "outreach:" + o.Key),
                    options
                );
            default:
                var outreach = await source.OutreachAsync(hubs, cancellationToken);
                return OutreachTable.Publish(
                    scope.InPeriod(outreach, o => o.HubId, o => o.Month, o => "outreach:" + o.Key),
                    options
                );
        }
    }
}
