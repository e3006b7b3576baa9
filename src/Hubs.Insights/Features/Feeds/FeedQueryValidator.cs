using FluentValidation;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Features.Feeds;

public sealed class FeedQueryValidator : AbstractValidator<FeedQuery>
{
    /// <summary>Why a table of sparse Hub work refuses a month (see Disclosure/DisclosureRules.md).</summary>
    public const string NotByMonth =
        "is published by quarter (2026-Q2) or financial year (FY2026-27) only: a month has too few events to "
        + "protect.";

    public FeedQueryValidator()
    {
        RuleFor(q => q.Table)
            .Must(t => TableCatalogue.Find(t) is not null)
            .WithMessage($"Choose a table: {string.Join(", ", TableCatalogue.All.Select(t => t.Code))}.");
        Include(new PublicationRules<FeedQuery>());
        RuleFor(q => q.Period).NotEmpty().WithMessage("Choose a period. " + Period.Hint);
        RuleFor(q => q.Period)
            .Must((q, p) => TableCatalogue.Find(q.Table)!.Publishes(Period.Parse(p)!))
            .When(q => TableCatalogue.Find(q.Table) is not null && Period.Parse(q.Period) is not null)
            .WithMessage(q => TableCatalogue.Find(q.Table)!.Code + " " + NotByMonth);
        RuleFor(q => q.Hub)
            .NotEmpty()
            .When(q => TableCatalogue.Find(q.Table) is { Rows: not TableRowsKind.Hubs })
            .WithMessage("Choose one of your Hubs.");
        RuleFor(q => q.Hub)
            .Empty()
            .When(q => q.Table == TableCatalogue.Hubs)
            .WithMessage("The hubs table has a row for each of your Hubs: leave hub out.");
        RuleFor(q => q.By)
            .Must(by => EquityBreakdown.ByCode.ContainsKey(by!))
            .When(q => q.By is not null && EquityBreakdown.Takes(q.Table))
            .WithMessage($"Choose a breakdown: {string.Join(", ", EquityBreakdown.ByCode.Keys)}.");
        RuleFor(q => q.By)
            .Null()
            .When(q => !EquityBreakdown.Takes(q.Table))
            .WithMessage("Only the equity and allocation tables are broken down by a group.");
        RuleFor(q => q.Format)
            .Must(f => f is "json" or "csv")
            .When(q => q.Format is not null)
            .WithMessage("Choose json or csv.");
        RuleFor(q => q.From).Null().WithMessage("Ranges are not published: choose one fixed period with period=.");
        RuleFor(q => q.To).Null().WithMessage("Ranges are not published: choose one fixed period with period=.");
        RuleFor(q => q.Sector)
            .Null()
            .WithMessage("Tables are not filtered by sector: use the equity table with by=sector.");
    }
}
