namespace Hubs.Insights.Metrics;

/// <summary>The contract's discharge reason codes ("dropped-out", …) as <see cref="DischargeReason"/>.</summary>
public static class DischargeReasonCodes
{
    public static DischargeReason Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return
            Enum.TryParse<DischargeReason>(
                code.Replace("-", string.Empty, StringComparison.Ordinal),
                ignoreCase: true,
                out var reason
            ) && Enum.IsDefined(reason)
            ? reason
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Not a discharge reason code.");
    }
}
