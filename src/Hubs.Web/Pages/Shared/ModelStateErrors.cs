using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hubs.Web.Pages.Shared;

/// <summary>A command validator's failures beside the form fields of the same name, the first message per field.</summary>
public static class ModelStateErrors
{
    public static void AddFirstPerField(this ModelStateDictionary state, IEnumerable<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(failures);
        foreach (var failure in failures)
        {
            if (state[failure.PropertyName]?.Errors.Count is null or 0)
            {
                state.AddModelError(failure.PropertyName, failure.ErrorMessage);
            }
        }
    }
}
