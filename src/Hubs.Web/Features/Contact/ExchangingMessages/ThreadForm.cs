using FluentValidation.Results;
using Hubs.Web.Features.Journeys;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hubs.Web.Features.Contact.ExchangingMessages;

/// <summary>The message form's errors, as the error summary and the field show them.</summary>
public static class ThreadForm
{
    /// <returns>Whether the message passed the same checks as the API.</returns>
    public static bool Check(ValidationResult result, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        return result.IsValid;
    }

    public static void Refused(Refusal? refusal, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (refusal is not null)
        {
            modelState.AddModelError("Text", refusal.Detail);
        }
    }
}
