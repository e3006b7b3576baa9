using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hubs.Web.Features.GroupSupport;

/// <summary>A validator names a command's field; the form may show it by another: move the first error there.</summary>
internal static class FieldErrors
{
    public static void Move(ModelStateDictionary state, string from, string to)
    {
        if (state.TryGetValue(from, out var entry) && entry.Errors.Count > 0)
        {
            var message = entry.Errors[0].ErrorMessage;
            state.Remove(from);
            state.AddModelError(to, message);
        }
    }
}
