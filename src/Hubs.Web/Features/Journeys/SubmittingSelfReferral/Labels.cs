namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Which referral category is selected on a form: the enum names are what is posted and stored (the words shown
/// for them are KeyworkerWords').
/// </summary>
public static class Labels
{
    public static IReadOnlyCollection<string> Selected(Enum? value) => value is null ? [] : [value.ToString()];
}
