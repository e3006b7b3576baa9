using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// The query layer finds a table's publisher by its code: every table of the catalogue has exactly one.
/// </summary>
public class TablePublishersTests
{
    [Fact]
    public void Every_table_of_the_catalogue_has_one_publisher_and_no_publisher_serves_another()
    {
        var served = new InMemoryFacts().Publishers().SelectMany(p => p.Tables).ToList();

        Assert.Equal(
            TableCatalogue.All.Select(t => t.Code).Order(StringComparer.Ordinal),
            served.Order(StringComparer.Ordinal)
        );
    }
}
