using Hubs.Web.Features.Contact.ExchangingMessages;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;

namespace Hubs.Web.Features.Contact;

public static class ContactApi
{
    /// <summary>The contact endpoints: the keyworker's on their own journey, staff's on their Hub's journeys.</summary>
    public static IEndpointRouteBuilder MapContactApi(
        IEndpointRouteBuilder keyworkerRoutes,
        IEndpointRouteBuilder staffRoutes
    )
    {
        ArgumentNullException.ThrowIfNull(keyworkerRoutes);
        ArgumentNullException.ThrowIfNull(staffRoutes);
        keyworkerRoutes.MapChangeContactPreferences();
        staffRoutes.MapContactOverview();
        MessageEndpoints.MapMessages(keyworkerRoutes, staffRoutes);
        return staffRoutes;
    }
}
