using System.Text.RegularExpressions;
using FluentValidation;

namespace Hubs.Insights.Features.Tables;

/// <summary>The filter's rules, shared by every input that carries the filter fields. Blank means "no filter".</summary>
public partial class FilterRules<T> : AbstractValidator<T>
    where T : IFilterFields
{
    public FilterRules()
    {
        RuleFor(f => f.Hub).Matches(HubPattern()).When(f => !string.IsNullOrWhiteSpace(f.Hub))
            .WithMessage("Enter a Hub id: letters, digits, '.', '_' or '-', at most 64 characters.");
        RuleFor(f => f.From).Matches(MonthPattern()).When(f => !string.IsNullOrWhiteSpace(f.From))
            .WithMessage("Enter the first month as yyyy-MM, for example 2026-04.");
        RuleFor(f => f.From).Must(InRange).When(f => IsMonth(f.From)).WithMessage(OutOfRange);
        RuleFor(f => f.To).Matches(MonthPattern()).When(f => !string.IsNullOrWhiteSpace(f.To))
            .WithMessage("Enter the last month as yyyy-MM, for example 2027-03.");
        RuleFor(f => f.To).Must(InRange).When(f => IsMonth(f.To)).WithMessage(OutOfRange);
        RuleFor(f => f.To)
            .Must((f, to) => string.CompareOrdinal(f.From, to) <= 0)
            .When(f => IsMonth(f.From) && IsMonth(f.To))
            .WithMessage("The last month must be the same as or after the first month.");
        RuleFor(f => f.Sector).Must(s => Sectors.Names.ContainsKey(s!)).When(f => !string.IsNullOrWhiteSpace(f.Sector))
            .WithMessage($"Choose a sector: {string.Join(", ", Sectors.Codes)}.");
    }

    /// <summary>The years a Hub can have figures for; anything else is a typing slip, not a query.</summary>
    public const int FirstYear = 2000, LastYear = 2099;

    private static readonly string OutOfRange = $"Enter a month from {FirstYear}-01 to {LastYear}-12.";

    private static bool InRange(string? month) =>
        int.Parse(month![..4], System.Globalization.CultureInfo.InvariantCulture) is >= FirstYear and <= LastYear;

    private static bool IsMonth(string? value) => value is not null && MonthPattern().IsMatch(value);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex HubPattern();

    [GeneratedRegex("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
