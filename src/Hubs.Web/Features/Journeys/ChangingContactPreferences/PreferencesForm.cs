using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hubs.Web.Features.Journeys.ChangingContactPreferences;

/// <summary>The preferences page's errors: the API's validator, reported against the page's own field names.</summary>
public static class PreferencesForm
{
    public static void Check(
        IValidator<ChangeContactPreferences> validator,
        ChangeContactPreferences command,
        ModelStateDictionary modelState
    )
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in validator.Validate(command).Errors)
        {
            var field =
                error.PropertyName == nameof(ChangeContactPreferences.MayNameHub)
                    ? "MessagesNamingHubOk"
                    : error.PropertyName;
            if (modelState[field]?.Errors.Count is null or 0)
            {
                modelState.AddModelError(field, error.ErrorMessage);
            }
        }
    }
}
