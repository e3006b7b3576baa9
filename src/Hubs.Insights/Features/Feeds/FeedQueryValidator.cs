using FluentValidation;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.Feeds;

public sealed class FeedQueryValidator : AbstractValidator<FeedQuery>
{
    public FeedQueryValidator()
    {
        Include(new FilterRules<FeedQuery>());
        RuleFor(q => q.Table).Must(t => TableCatalogue.Find(t) is not null)
            .WithMessage($"Choose a table: {string.Join(", ", TableCatalogue.All.Select(t => t.Code))}.");
        RuleFor(q => q.By).Must(by => EquityBreakdown.ByCode.ContainsKey(by!))
            .When(q => q.By is not null && q.Table == TableCatalogue.Equity)
            .WithMessage($"Choose a breakdown: {string.Join(", ", EquityBreakdown.ByCode.Keys)}.");
        RuleFor(q => q.By).Null().When(q => q.Table != TableCatalogue.Equity)
            .WithMessage("Only the equity table is broken down by a group.");
        RuleFor(q => q.Sector).Null().When(q => TableCatalogue.Find(q.Table) is { BySector: false })
            .WithMessage("This table is not broken down by sector.");
        RuleFor(q => q.Format).Must(f => f is "json" or "csv").When(q => q.Format is not null)
            .WithMessage("Choose json or csv.");
    }
}
