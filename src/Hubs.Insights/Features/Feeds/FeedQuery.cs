using System.ComponentModel;
using Hubs.Insights.Features.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Insights.Features.Feeds;

/// <summary>A feed request: the table in the path, the filters and the format in the query string.</summary>
public sealed record FeedQuery(
    [property: FromRoute(Name = "table")] [Description("The table: trends, waits, outcomes, attendance, discharge-reasons, equity or team-support.")] string Table,
    [property: FromQuery(Name = "hub")] [Description("One of your Hubs; all of them when left out.")] string? Hub,
    [property: FromQuery(Name = "from")] [Description("First month of referral, yyyy-MM, inclusive.")] string? From,
    [property: FromQuery(Name = "to")] [Description("Last month of referral, yyyy-MM, inclusive.")] string? To,
    [property: FromQuery(Name = "sector")] [Description("A sector code: health, social-care, police, fire, care-home or other.")] string? Sector,
    [property: FromQuery(Name = "by")] [Description("Equity table only: ethnicity-group (default), sex, age-band, disability or staff-group.")] string? By,
    [property: FromQuery(Name = "format")] [Description("json (default) or csv; an Accept: text/csv header also asks for CSV.")] string? Format)
    : IFilterFields;
