using System.Collections.Concurrent;

namespace Hubs.Insights.Disclosure;

/// <summary>
/// The part names of rows' sums (<see cref="CellSums"/>) numbered once for the process, so that sums are kept and
/// handed on by number: a refill adds hundreds of millions of parts, and hashing a name each time was a large share of
/// its summing. The names are the measures' own (a key and a kind) and open spells' referral weeks, never a client's
/// words, so there are few of them; each keeps its first number for the process's life.
/// </summary>
internal static class PartNumbers
{
    private static readonly ConcurrentDictionary<string, int> Numbers = new(StringComparer.Ordinal);
    private static readonly Lock Adding = new();
    private static string[] names = new string[256];

    public static int Of(string name)
    {
        if (Numbers.TryGetValue(name, out var number))
        {
            return number;
        }

        lock (Adding)
        {
            if (Numbers.TryGetValue(name, out number))
            {
                return number;
            }

            number = Numbers.Count;
            if (number == names.Length)
            {
                var more = new string[names.Length * 2];
                names.CopyTo(more);
                Volatile.Write(ref names, more);
            }

            // The name is in place before its number can be found: a reader never meets a number without its name.
            names[number] = name;
            Numbers[name] = number;
            return number;
        }
    }

    public static string Name(int number) => Volatile.Read(ref names)[number];
}
