namespace Hubs.Testing.Auth;

/// <summary>Who a test token speaks for: the claims Hubs.Identity puts in its access tokens.</summary>
public sealed record TestPrincipal(
    Guid Subject,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Hubs,
    IReadOnlyList<string> Scopes
)
{
    public static TestPrincipal Keyworker(Guid? subject = null) => Person("keyworker", [], subject);

    public static TestPrincipal Clinician(string hub = "north", Guid? subject = null) =>
        Person("clinician", [hub], subject);

    public static TestPrincipal HubLead(string hub = "north", Guid? subject = null) =>
        Person("hub-lead", [hub], subject);

    public static TestPrincipal HubAdmin(string hub = "north") => Person("hub-admin", [hub], null);

    public static TestPrincipal Commissioner(params string[] hubs) =>
        Person("commissioner", hubs.Length == 0 ? ["north"] : hubs, null) with
        {
            Scopes = ["hubs.insights"],
        };

    /// <summary>A machine feed client (client credentials): no person, the feed scope, the Hubs it may read.</summary>
    public static TestPrincipal FeedClient() => new(Guid.NewGuid(), [], ["north", "south"], ["feeds.read"]);

    public static TestPrincipal Person(string role, IReadOnlyList<string> hubs, Guid? subject) =>
        new(subject ?? Guid.NewGuid(), [role], hubs, ["hubs.web"]);
}
