namespace Hubs.Insights.Store;

/// <summary>
/// Every text column of an insights index (journey keys, Hub ids, months, activity keys) compared byte by byte
/// (<c>COLLATE "C"</c>): a rebuild's time is mostly PostgreSQL comparing index keys, and under a language collation
/// each comparison is a locale-aware string compare instead of a memcmp (benchmarks/SCALE.md). The keys are codes,
/// pseudonyms and ISO dates, never words to sort for a reader, and an equality is the same under either. Changes only
/// a column not yet so (its indexes rebuilt once), so <c>migrate</c> runs it every time at no cost.
/// </summary>
internal static class KeyCollation
{
    public const string Ddl = """
        DO $$ DECLARE c record; BEGIN
          FOR c IN SELECT DISTINCT t.oid::regclass AS tbl, a.attname
              FROM pg_index i
              JOIN pg_class t ON t.oid = i.indrelid
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (i.indkey)
              WHERE t.relnamespace = 'insights'::regnamespace AND a.atttypid = 'text'::regtype
                AND a.attcollation <> 'pg_catalog."C"'::regcollation LOOP
            EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE text COLLATE "C"', c.tbl, c.attname);
          END LOOP;
        END $$;
        """;
}
