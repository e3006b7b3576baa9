using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Hubs.Web.Features.Shared;

/// <summary>
/// A command validator's failures beside the form fields of the same name, the first message per field.
/// </summary>
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

    private const string OrderKey = "ErrorOrder";

    /// <summary>
    /// Lists the errors of <paramref name="fields"/> in that order (the order of the form) in the error summary,
    /// after any others (such as a refused save). ModelState itself enumerates its keys by length, not as added.
    /// </summary>
    public static void ShowErrorsInOrder(this ViewDataDictionary viewData, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData[OrderKey] = fields;
    }

    /// <summary>The page's errors as the error summary lists them (see <see cref="ShowErrorsInOrder"/>).</summary>
    public static IEnumerable<KeyValuePair<string, ModelStateEntry?>> InFormOrder(this ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        var order = viewData[OrderKey] as string[] ?? [];
        return viewData
            .ModelState.Select((entry, index) => (Entry: entry, Index: index))
            .OrderBy(e => Array.IndexOf(order, e.Entry.Key))
            .ThenBy(e => e.Index)
            .Select(e => e.Entry);
    }
}
