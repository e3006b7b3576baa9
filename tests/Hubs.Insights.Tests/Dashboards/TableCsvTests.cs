using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Dashboards;

public class TableCsvTests
{
    [Fact]
    public void Csv_quotes_separators_and_defuses_spreadsheet_formulas()
    {
        var table = Tests.Disclosure.NoNoise.Counts(
            "People, all",
            [("=HYPERLINK(\"x\")", 20), ("moved, then \"left\"", 3), ("plain", 0)]
        );

        var lines = TableCsv.Write(table).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "Group,\"People, all\"",
                "\"'=HYPERLINK(\"\"x\"\")\",20",
                "\"moved, then \"\"left\"\"\",*",
                "plain,0",
                "Total,25",
            ],
            lines
        );
    }
}
