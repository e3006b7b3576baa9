using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// The keyworker changed how and when they may be contacted (and may give a new phone number). Both are
/// sealed with their data key; from this event on every contact follows the new preferences.
/// </summary>
public sealed record ContactPreferencesChanged(
    Guid JourneyId,
    DateTimeOffset ChangedAt,
    Personal<ContactPreferences> Preferences,
    Personal<string>? Phone
) : IJourneyEvent;
