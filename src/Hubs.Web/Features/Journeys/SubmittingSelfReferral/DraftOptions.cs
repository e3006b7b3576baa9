namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// How long an unsubmitted self-referral is kept (<c>Hubs:Drafts:Lifetime</c>, default 24 hours) and how often
/// expired ones are destroyed (<c>Hubs:Drafts:SweepInterval</c>, default 10 minutes).
/// </summary>
public sealed class DraftOptions
{
    public const string Section = "Hubs:Drafts";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(10);
}
