namespace Medallion.Threading.Postgres;

/// <summary>The 64-bit key of a session-level PostgreSQL advisory lock.</summary>
public readonly record struct PostgresAdvisoryLockKey(long Key);
