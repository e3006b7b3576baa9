using Hubs.Web.Features.Hubs;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Journeys.ContactRules;

/// <summary>
/// Each Hub's <see cref="ContactSetting"/>: its name from the directory, the sign-in link, the deployment's time zone.
/// </summary>
public sealed class ContactSettings(HubDirectory hubs, IOptions<ContactOptions> options, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public ContactSetting For(string hubId) =>
        new(hubs.Hubs.FirstOrDefault(h => h.Id == hubId)?.Name ?? "the Hub", options.Value.SignInUrl, zone);
}
