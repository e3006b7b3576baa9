using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.Onward;

/// <summary>The onward tables of the catalogue: the period picks the records by their own month, each keyed.</summary>
public sealed class OnwardTables(IOnwardSource? source = null) : ITablePublisher
{
    private readonly IOnwardSource source = source ?? NoOnward.Instance;

    public IReadOnlyCollection<string> Tables { get; } = [TableCatalogue.OnwardReferrals, TableCatalogue.CareSteps];

    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Request.Table == TableCatalogue.OnwardReferrals)
        {
            var sent = await source.ReferralsAsync(scope.Hubs, cancellationToken);
            return OnwardReferralsTable.Publish(
                scope.InPeriod(sent, r => r.HubId, r => r.Month, r => "onward:" + r.Key),
                scope.Options
            );
        }

        var steps = await source.StepsAsync(scope.Hubs, cancellationToken);
        return CareStepsTable.Publish(
            scope.InPeriod(steps, s => s.HubId, s => s.Month, s => "step:" + s.Key),
            scope.Options
        );
    }
}
