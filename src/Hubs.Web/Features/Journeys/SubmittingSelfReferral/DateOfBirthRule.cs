namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Project rule: a date of birth is in the past and no earlier than 1900 (staff search checks the same, so an
/// impossible date is a form error there too, never an empty result that looks like "nobody").
/// </summary>
public static class DateOfBirthRule
{
    public const string Implausible = "Date of birth must be in the past and after 1900.";

    private static readonly DateOnly Earliest = new(1900, 1, 1);

    public static bool IsPlausible(DateOnly date) => date >= Earliest && date < DateOnly.FromDateTime(DateTime.UtcNow);
}
