namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// What a caller is to one journey (src/DOMAIN-RULES.md's roles table); someone may be several at once.
/// </summary>
[Flags]
public enum Relations
{
    None = 0,

    /// <summary>The keyworker whose journey it is.</summary>
    OwnJourney = 1,

    /// <summary>A clinician the journey is allocated to, or who holds an appointment on it (direct care).</summary>
    Caseload = 2,

    /// <summary>
    /// A clinician of its Hub while it is open and not yet allocated: triage and assessment are shared work.
    /// </summary>
    Intake = 4,

    /// <summary>A clinician of its Hub with their own recorded, unexpired break-glass grant for it.</summary>
    BreakGlass = 8,

    /// <summary>The lead of its Hub.</summary>
    HubLead = 16,

    /// <summary>Clinical staff of its Hub with none of the above: they may ask for break-glass, nothing else.</summary>
    HubMember = 32,
}
