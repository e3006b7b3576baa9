using FluentValidation;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.Reports;

/// <summary>The report's query string: a Hub of the reader's (none for all of them) and a calendar quarter.</summary>
public interface IQuarterlyReportQuery
{
    string? Hub { get; }

    string? Quarter { get; }
}

/// <summary>The rules of those fields, shared by the page and the PDF download.</summary>
public sealed class QuarterlyReportRules<T> : AbstractValidator<T>
    where T : IQuarterlyReportQuery
{
    public QuarterlyReportRules()
    {
        RuleFor(q => q.Hub)
            .Matches("^[A-Za-z0-9._-]{1,64}$")
            .When(q => !string.IsNullOrWhiteSpace(q.Hub))
            .WithMessage("Enter a Hub id: letters, digits, '.', '_' or '-', at most 64 characters.");
        RuleFor(q => q.Quarter)
            .Must(q => Quarters.Of(q) is not null)
            .When(q => !string.IsNullOrWhiteSpace(q.Quarter))
            .WithMessage("Enter a calendar quarter of referral, for example 2026-Q3.");
    }
}

public static class Quarters
{
    /// <summary>The quarter a code names, or null when it names anything else (a month, a year, a slip).</summary>
    public static Period? Of(string? code) =>
        Period.Parse(code?.Trim()) is { Kind: PeriodKind.Quarter } quarter ? quarter : null;
}
