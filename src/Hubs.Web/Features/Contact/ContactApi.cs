using Hubs.Web.Features.Contact.Messages;
using Hubs.Web.Features.Contact.Preferences;

namespace Hubs.Web.Features.Contact;

public static class ContactApi
{
    /// <summary>The contact endpoints, secured the same way as the rest of the journey API.</summary>
    public static IEndpointRouteBuilder MapContactApi(this IEndpointRouteBuilder routes, Action<RouteHandlerBuilder> secure)
    {
        ArgumentNullException.ThrowIfNull(secure);
        secure(routes.MapChangeContactPreferences());
        secure(routes.MapContactOverview());
        routes.MapMessages(secure);
        return routes;
    }
}
