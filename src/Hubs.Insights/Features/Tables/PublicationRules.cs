using System.Text.RegularExpressions;
using FluentValidation;

namespace Hubs.Insights.Features.Tables;

/// <summary>The fields that pick a published table: a Hub and a fixed period (page or feed query string).</summary>
public interface IPublicationFields
{
    string? Hub { get; }

    string? Period { get; }
}

/// <summary>The rules of those fields, shared by the feed and the pages.</summary>
public partial class PublicationRules<T> : AbstractValidator<T>
    where T : IPublicationFields
{
    public PublicationRules()
    {
        RuleFor(f => f.Hub)
            .Matches(HubPattern())
            .When(f => !string.IsNullOrWhiteSpace(f.Hub))
            .WithMessage("Enter a Hub id: letters, digits, '.', '_' or '-', at most 64 characters.");
        RuleFor(f => f.Period)
            .Must(p => Tables.Period.Parse(p) is not null)
            .When(f => !string.IsNullOrWhiteSpace(f.Period))
            .WithMessage(
                $"Enter a period from {Tables.Period.FirstYear} to {Tables.Period.LastYear}. {Tables.Period.Hint}"
            );
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex HubPattern();
}
