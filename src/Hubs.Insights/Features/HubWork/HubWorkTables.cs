using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.HubWork;

/// <summary>
/// The Hub work tables of the catalogue (issue 21): the caller's Hubs and the period's months pick the records, each
/// keyed by its kind and pseudonymous key.
/// </summary>
public static class HubWorkTables
{
    /// <returns>The table, or null when the request is for another table.</returns>
    public static async Task<PublishedTable?> PublishAsync(
        IHubWorkSource source,
        TableRequest request,
        IReadOnlySet<string> hubs,
        RecordKeys keys,
        DisclosureOptions options,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(keys);
        switch (request.Table)
        {
            case TableCatalogue.AdverseEventResponse:
                var events = await source.AdverseEventsAsync(hubs, cancellationToken);
                return AdverseEventResponseTable.Publish(
                    Pick(events, e => e.HubId, e => e.Month, e => "adverse-event:" + e.Key),
                    request.Period,
                    options
                );
            case TableCatalogue.Workshops:
                var workshops = await source.WorkshopsAsync(hubs, cancellationToken);
                return WorkshopsTable.Publish(
                    Pick(workshops, w => w.HubId, w => w.Month, w => "workshop:" + w.Key),
                    request.Period,
                    options
                );
            case TableCatalogue.Consultations:
                var consultations = await source.ConsultationsAsync(hubs, cancellationToken);
                return ConsultationsTable.Publish(
                    Pick(consultations, c => c.HubId, c => c.Month, c => "consultation:" + c.Key),
                    options
                );
            case TableCatalogue.Outreach:
                var outreach = await source.OutreachAsync(hubs, cancellationToken);
                return OutreachTable.Publish(
                    Pick(outreach, o => o.HubId, o => o.Month, o => "outreach:" + o.Key),
                    options
                );
            default:
                return null;
        }

        List<Keyed<T>> Pick<T>(
            IEnumerable<T> records,
            Func<T, string> hubOf,
            Func<T, string> monthOf,
            Func<T, string> keyOf
        ) =>
            [
                .. records
                    .Where(r => hubs.Contains(hubOf(r)) && request.Period.Contains(monthOf(r)))
                    .Select(r => new Keyed<T>(r, keys.Of(keyOf(r)))),
            ];
    }
}
