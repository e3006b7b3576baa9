using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.Onward;

/// <summary>The onward tables of the catalogue: the period picks the records by their own month, each keyed.</summary>
public static class OnwardTables
{
    /// <returns>The table, or null when the request is for another table.</returns>
    public static async Task<PublishedTable?> PublishAsync(
        IOnwardSource source,
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
            case TableCatalogue.OnwardReferrals:
                var sent = await source.ReferralsAsync(hubs, cancellationToken);
                return OnwardReferralsTable.Publish(
                    [
                        .. sent.Where(r => hubs.Contains(r.HubId) && request.Period.Contains(r.Month))
                            .Select(r => new Keyed<OnwardReferralFacts>(r, keys.Of("onward:" + r.Key))),
                    ],
                    options
                );
            case TableCatalogue.CareSteps:
                var steps = await source.StepsAsync(hubs, cancellationToken);
                return CareStepsTable.Publish(
                    [
                        .. steps
                            .Where(s => hubs.Contains(s.HubId) && request.Period.Contains(s.Month))
                            .Select(s => new Keyed<CareStepFacts>(s, keys.Of("step:" + s.Key))),
                    ],
                    options
                );
            default:
                return null;
        }
    }
}
