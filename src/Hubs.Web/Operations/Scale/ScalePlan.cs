using System.Security.Cryptography;
using System.Text;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// What a seeding run makes: how many journeys over how many Hubs and years, from which seed. Hubs are uneven
/// as they are nationally (weight 1/√rank: with 40 Hubs the busiest holds about 9 %, never under 5 %), and each
/// Hub has clinicians in proportion to its journeys. Ids derive from the seed, so a resumed run repeats nothing.
/// </summary>
public sealed record ScalePlan(int Journeys, IReadOnlyList<string> HubIds, int Seed = 20261203, int Years = 5)
{
    private double[]? cumulative;

    public Guid JourneyId(int n) => Derived("journey", n);

    public Guid ActivityId(int n) => Derived("team-activity", n);

    public Guid AuditId(int n) => Derived("audit", n);

    /// <summary>The share of journeys Hub <paramref name="rank"/> (0 = busiest) receives.</summary>
    public double ShareOf(int rank) => 1 / Math.Sqrt(rank + 1) / HubIds.Select((_, i) => 1 / Math.Sqrt(i + 1)).Sum();

    public int CliniciansOf(int rank) => Math.Clamp((int)(Journeys * ShareOf(rank) / 2000), 5, 60);

    public (string HubId, int Clinicians) HubFor(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        cumulative ??= [.. HubIds.Select((_, i) => HubIds.Take(i + 1).Select((_, j) => ShareOf(j)).Sum())];
        var draw = random.NextDouble();
        var rank = Array.FindIndex(cumulative, c => draw < c);
        rank = rank < 0 ? HubIds.Count - 1 : rank;
        return (HubIds[rank], CliniciansOf(rank));
    }

    private Guid Derived(string kind, int n)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"hubs-scale:{Seed}:{kind}:{n}"))[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // a version-4 shape, as any random id
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
