using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// One table's request as its publisher sees it: the Hubs it covers (the requested one, or every one of the caller's
/// for the by-Hub table), the record keys and the disclosure rules, and the reads shared by one page's tables.
/// </summary>
public sealed class TableScope
{
    private readonly Dictionary<string, object> read;

    public TableScope(TableRequest request, IReadOnlySet<string> hubs, RecordKeys keys, DisclosureOptions options)
        : this(request, hubs, keys, options, new(StringComparer.Ordinal)) { }

    private TableScope(
        TableRequest request,
        IReadOnlySet<string> hubs,
        RecordKeys keys,
        DisclosureOptions options,
        Dictionary<string, object> read
    )
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Hubs = hubs ?? throw new ArgumentNullException(nameof(hubs));
        Keys = keys ?? throw new ArgumentNullException(nameof(keys));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        this.read = read;
    }

    public TableRequest Request { get; }

    public IReadOnlySet<string> Hubs { get; }

    public Period Period => Request.Period;

    public RecordKeys Keys { get; }

    public DisclosureOptions Options { get; }

    /// <summary>The scope of another table of the same page: the reads made so far are shared with it.</summary>
    internal TableScope For(TableRequest next, IReadOnlySet<string> nextHubs) =>
        new(next, nextHubs, Keys, Options, read);

    /// <summary>
    /// The facts of the scope's Hubs whose month is in its period, each with its record key (a person or an event
    /// has the same key in every table, so a cell reads the same wherever it appears).
    /// </summary>
    public List<Keyed<T>> InPeriod<T>(
        IEnumerable<T> facts,
        Func<T, string> hub,
        Func<T, string> month,
        Func<T, string> key
    ) =>
        [
            .. facts
                .Where(f => Hubs.Contains(hub(f)) && Period.Contains(month(f)))
                .Select(f => new Keyed<T>(f, Keys.Of(key(f)))),
        ];

    /// <summary>
    /// A read of the store made once for one page's tables (a dashboard shows several tables of the same Hubs and
    /// period, the equity page five breakdowns, and each read costs as much as the rest of the page together).
    /// </summary>
    public async Task<T> ReadOnceAsync<T>(string key, Func<Task<T>> load)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        if (!read.TryGetValue(key, out var value))
        {
            read[key] = value = await load();
        }

        return (T)value;
    }
}
