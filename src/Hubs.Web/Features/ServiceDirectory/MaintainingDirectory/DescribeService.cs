using FluentValidation;

namespace Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;

/// <summary>A hub admin lists a service in their Hub's directory, or changes what it says.</summary>
public sealed record DescribeService(
    ServiceKind? Kind,
    string? Name,
    string? HowToRefer,
    string? Eligibility,
    string? Contact
)
{
    public ServiceDetails Details() =>
        new(Kind ?? ServiceKind.Other, Name!.Trim(), HowToRefer!.Trim(), Blank(Eligibility), Blank(Contact));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class DescribeServiceValidator : AbstractValidator<DescribeService>
{
    public DescribeServiceValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Choose what kind of service it is.");
        RuleFor(x => x.Name)
            .NotEmpty()
            .WithMessage("Enter the service's name.")
            .MaximumLength(120)
            .WithMessage("The name must be 120 characters or fewer.");
        RuleFor(x => x.HowToRefer)
            .NotEmpty()
            .WithMessage("Say how to refer or signpost someone to it.")
            .MaximumLength(2000)
            .WithMessage("How to refer must be 2000 characters or fewer.");
        RuleFor(x => x.Eligibility).MaximumLength(2000).WithMessage("Who it is for must be 2000 characters or fewer.");
        RuleFor(x => x.Contact).MaximumLength(500).WithMessage("The contact must be 500 characters or fewer.");
    }
}
