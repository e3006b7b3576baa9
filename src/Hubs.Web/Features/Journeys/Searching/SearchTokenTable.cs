using Weasel.Postgresql.Tables;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// <c>clinical.journey_search_tokens</c>: the keyed blind index of staff search (README.md beside this file), one
/// row a journey — its Hub and the truncated HMACs of its name's trigrams, email and date of birth, never a letter of
/// them. Written with the referral, deleted when the journey is shredded, filled for older journeys by
/// <c>migrate</c>. A GIN index finds the rows holding every token of a search.
/// </summary>
public static class SearchTokenTable
{
    public const string Name = "clinical.journey_search_tokens";

    public static Table Create()
    {
        var table = new Table(Name);
        table.AddColumn<Guid>("journey_id").AsPrimaryKey();
        table.AddColumn<string>("hub_id").NotNull();
        table.AddColumn("tokens", "bigint[]").NotNull();
        table.Indexes.Add(
            new IndexDefinition("journey_search_tokens_tokens") { Method = IndexMethod.gin }.AgainstColumns("tokens")
        );
        return table;
    }
}
