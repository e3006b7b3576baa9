namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Which yes-or-no answer is selected on a form, posted as "true" or "false" (the choices and their words are
/// KeyworkerWords').
/// </summary>
public static class PreferenceChoices
{
    public static IReadOnlyCollection<string> Selected(bool? value) =>
        value is null ? [] : [value.Value ? "true" : "false"];
}
