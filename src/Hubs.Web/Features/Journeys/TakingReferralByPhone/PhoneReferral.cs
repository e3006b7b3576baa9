using FluentValidation;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;

namespace Hubs.Web.Features.Journeys.TakingReferralByPhone;

/// <summary>
/// A referral taken by phone is checked by the online form's own validator, with one difference: someone without
/// email may give none (the validator's email rule reads <see cref="NoEmailNeeded"/>), and then cannot be contacted by
/// email. The consent statement must have been read out and agreed (<c>ConsentToSupport</c>).
/// </summary>
public static class PhoneReferral
{
    public const string NoEmailNeeded = "phone-referral";

    public const string EmailChannelNeedsAddress =
        "Enter their email address, or do not choose email as a way to contact them.";

    public static FluentValidation.Results.ValidationResult Validate(
        IValidator<SubmitSelfReferral> validator,
        SubmitSelfReferral command
    )
    {
        ArgumentNullException.ThrowIfNull(validator);
        var context = new ValidationContext<SubmitSelfReferral>(command);
        context.RootContextData[NoEmailNeeded] = true;
        return validator.Validate(context);
    }
}
