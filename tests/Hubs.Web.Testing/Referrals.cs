namespace Hubs.Web.Testing;

/// <summary>Self-referral bodies as a client posts them, with unique markers in every personal field.</summary>
public static class Referrals
{
    public static Dictionary<string, object?> Valid(string hubId = "north", string? marker = null)
    {
        marker ??= Guid.NewGuid().ToString("N")[..10];
        return new()
        {
            ["hubId"] = hubId,
            ["name"] = $"Name{marker}",
            ["email"] = $"mail{marker}@example.org",
            ["phone"] =
                "07700 900"
                + Math.Abs(marker.GetHashCode(StringComparison.Ordinal) % 1000)
                    .ToString("000", System.Globalization.CultureInfo.InvariantCulture),
            ["organisation"] = $"Org{marker}",
            ["sector"] = "health",
            ["staffGroup"] = "nursing",
            ["ageBand"] = "35-44",
            ["sex"] = "female",
            ["ethnicityGroup"] = "not-stated",
            ["disability"] = "no",
            ["helpWith"] = $"Nights on the ward {marker} keep coming back to me.",
            ["consentToSupport"] = true,
            ["researchContact"] = false,
        };
    }
}
