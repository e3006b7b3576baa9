namespace Medallion.Threading.Postgres;

/// <summary>
/// Connection options Weasel sets. Our lock always holds a dedicated, non-multiplexed session
/// connection, so the options are recorded but cannot change that.
/// </summary>
public sealed class PostgresConnectionOptionsBuilder
{
    internal bool UsesTransaction { get; private set; }

    internal bool UsesMultiplexing { get; private set; }

    public PostgresConnectionOptionsBuilder UseTransaction(bool useTransaction = true)
    {
        UsesTransaction = useTransaction;
        return this;
    }

    public PostgresConnectionOptionsBuilder UseMultiplexing(bool useMultiplexing = true)
    {
        UsesMultiplexing = useMultiplexing;
        return this;
    }
}
