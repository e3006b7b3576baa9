using FluentValidation;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// A coded answer picked from a list: neither missing nor a number outside the list, one message for both.
/// </summary>
public static class ChoiceRules
{
    public static IRuleBuilderOptions<TCommand, T?> Chosen<TCommand, T>(
        this IRuleBuilder<TCommand, T?> rule,
        string message
    )
        where T : struct, Enum => rule.NotNull().WithMessage(message).IsInEnum().WithMessage(message);
}
