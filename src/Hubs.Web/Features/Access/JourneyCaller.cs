using Hubs.Web.Features.Journeys.Api;

namespace Hubs.Web.Features.Access;

/// <summary>Who is calling, as the model sees them: a keyworker, a member of a Hub's clinical staff, or neither.</summary>
public sealed record JourneyCaller(KeyworkerCaller? Keyworker, StaffMember? Staff)
{
    public static JourneyCaller Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new(KeyworkerCaller.FromPrincipal(http.User), StaffMember.FromPrincipal(http.User, http.Request.Headers[StaffMember.HubHeader].ToString()));
    }
}
