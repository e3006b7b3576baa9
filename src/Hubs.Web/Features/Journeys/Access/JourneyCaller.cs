namespace Hubs.Web.Features.Journeys.Access;

/// <summary>Who is calling, as the model sees them: a keyworker, a Hub's clinical staff member, or neither.</summary>
public sealed record JourneyCaller(KeyworkerCaller? Keyworker, StaffMember? Staff)
{
    public static JourneyCaller Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new(KeyworkerCaller.FromPrincipal(http.User), StaffMember.FromPrincipal(http.User, HubChoice.Of(http)));
    }
}
