using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Dashboards;

public class TableCsvTests
{
    [Fact]
    public void Csv_quotes_separators_and_defuses_spreadsheet_formulas()
    {
        var table = DisclosureControl.Publish(new TableDraft(
            "Test", ["=HYPERLINK(\"x\")", "moved, then \"left\"", "plain"], [new CountColumn("n", "People, all", [20, 3, 0])]));

        var lines = TableCsv.Write(table).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            ["Group,\"People, all\"", "\"'=HYPERLINK(\"\"x\"\")\",*", "\"moved, then \"\"left\"\"\",*", "plain,0", "Total,25"],
            lines);
    }
}
