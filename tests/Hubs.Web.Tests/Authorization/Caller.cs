using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The callers of the authorization matrix, in its column order. "Own" is relative to the one journey
/// the matrix acts on: referred by <see cref="OwnKeyworker"/> to Hub north, allocated to
/// <see cref="AllocatedClinician"/>.
/// </summary>
public enum Caller
{
    Anonymous,
    OwnKeyworker,
    OtherKeyworker,
    AllocatedClinician,
    HubColleague,
    OtherHubClinician,
    HubLead,
    OtherHubLead,
    HubAdmin,
    Commissioner,
    FeedClient,
}

public sealed record MatrixCast(TestPrincipal Keyworker, TestPrincipal Clinician)
{
    public TestPrincipal? Principal(Caller caller) =>
        caller switch
        {
            Caller.Anonymous => null,
            Caller.OwnKeyworker => Keyworker,
            Caller.OtherKeyworker => TestPrincipal.Keyworker(),
            Caller.AllocatedClinician => Clinician,
            Caller.HubColleague => TestPrincipal.Clinician("north"),
            Caller.OtherHubClinician => TestPrincipal.Clinician("south"),
            Caller.HubLead => TestPrincipal.HubLead("north"),
            Caller.OtherHubLead => TestPrincipal.HubLead("south"),
            Caller.HubAdmin => TestPrincipal.HubAdmin("north"),
            Caller.Commissioner => TestPrincipal.Commissioner("north"),
            Caller.FeedClient => TestPrincipal.FeedClient(),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };
}
