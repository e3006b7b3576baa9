using Hubs.Web.Features.Contact.Messages;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;

namespace Hubs.Web.Features.Contact;

public static class ContactApi
{
    /// <summary>The contact endpoints: the keyworker's on their own journey, staff's on their Hub's journeys.</summary>
    public static IEndpointRouteBuilder MapContactApi(this IEndpointRouteBuilder routes, Action<RouteHandlerBuilder> keyworker, Action<RouteHandlerBuilder> staff)
    {
        ArgumentNullException.ThrowIfNull(keyworker);
        ArgumentNullException.ThrowIfNull(staff);
        keyworker(routes.MapChangeContactPreferences());
        staff(routes.MapContactOverview());
        routes.MapMessages(keyworker, staff);
        return routes;
    }
}
