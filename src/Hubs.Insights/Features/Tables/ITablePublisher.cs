using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Publishes some tables of the catalogue from its own facts. A new table is one class listed in
/// <see cref="TablePublishers.All"/>: the query layer finds its publisher by the table's code.
/// </summary>
public interface ITablePublisher
{
    /// <summary>The catalogue codes of the tables it publishes (no code is served by two publishers).</summary>
    IReadOnlyCollection<string> Tables { get; }

    /// <summary>The table of <see cref="TableScope.Request"/>, one of <see cref="Tables"/>.</summary>
    Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken);
}
