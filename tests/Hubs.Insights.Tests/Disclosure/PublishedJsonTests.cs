using System.Text.Json;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

public class PublishedJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_feed_carries_display_value_and_status_by_name_and_nothing_raw()
    {
        var table = NoNoise.Counts("People", [("a", 3), ("b", 20), ("c", 31)]);

        var json = JsonSerializer.Serialize(table, Web);

        Assert.Contains("""{"status":"Suppressed","display":"*","value":null}""", json);
        Assert.Contains("""{"status":"Value","display":"30","value":30}""", json);
        Assert.Contains("""{"status":"Value","display":"55","value":55}""", json);
        Assert.Contains("\"isTotal\":true", json);
        Assert.Contains("\"kind\":\"Count\"", json);
        Assert.DoesNotContain("31", json);
        Assert.DoesNotContain("54", json);
    }
}
