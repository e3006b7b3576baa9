namespace Hubs.Web.Features.Journeys;

/// <summary>
/// A journey's short reference, to quote on the phone or in an email (e.g. <c>7F3A-9C21</c>): the last eight
/// hex digits of its id, which are random in a version-7 id (the first ones are the time, shared by neighbours).
/// </summary>
public static class JourneyReference
{
    public static string Of(Guid journeyId)
    {
        var hex = journeyId.ToString("N").ToUpperInvariant();
        return $"{hex[24..28]}-{hex[28..]}";
    }
}
