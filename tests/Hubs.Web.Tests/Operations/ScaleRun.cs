namespace Hubs.Web.Tests.Operations;

/// <summary>The Hubs a CI-size seeding run spreads its journeys over, as Web's settings name them.</summary>
internal static class ScaleRun
{
    public static readonly string[] HubIds = ["north", "south", "east"];

    public static readonly Dictionary<string, string> ThreeHubs = new()
    {
        ["Hubs__Directory__0__Id"] = "north",
        ["Hubs__Directory__0__Name"] = "North Hub",
        ["Hubs__Directory__1__Id"] = "south",
        ["Hubs__Directory__1__Name"] = "South Hub",
        ["Hubs__Directory__2__Id"] = "east",
        ["Hubs__Directory__2__Name"] = "East Hub",
    };
}
