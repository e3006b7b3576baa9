namespace Hubs.Web.Features.Privacy;

/// <summary>
/// A read that needs no personal data (the Insights rebuild's export maps events to PII-free contracts) leaves every
/// <see cref="Personal{T}"/> value sealed: no key lookup, no decryption, and each holds no value, as a shredded one
/// does. In force for the rest of the async flow that began it; the caller's flow is untouched.
/// </summary>
public static class SealedReading
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    /// <summary>Call at the top of an async method that reads events or documents for anonymised use only.</summary>
    public static void Begin() => Active.Value = true;
}
