using System.Security.Cryptography;
using System.Text;
using Hubs.Web.Features.Publishing;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// Every key Insights has ever stored is HMAC-SHA256 of a prefix and the id's bytes, in base64url: however the
/// Pseudonymiser computes it, a key must stay exactly that, or a rebuild would no longer match the live rows.
/// </summary>
public class PseudonymiserTests
{
    private static readonly byte[] Secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    private static string Expected(string prefix, Guid id) =>
        Convert
            .ToBase64String(
                HMACSHA256.HashData(Secret, (byte[])[.. Encoding.UTF8.GetBytes(prefix), .. id.ToByteArray()])
            )
            .TrimEnd('=')
            .Replace('+', '-')
            .Replace('/', '_');

    [Fact]
    public void Each_kind_of_key_is_the_hmac_of_its_prefix_and_id_in_base64url()
    {
        using var pseudonymiser = new Pseudonymiser(Convert.ToBase64String(Secret));
        foreach (var id in Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()))
        {
            Assert.Equal(Expected("", id), pseudonymiser.JourneyKey(id));
            Assert.Equal(Expected("team-activity:", id), pseudonymiser.ActivityKey(id));
            Assert.Equal(Expected("group-meeting:", id), pseudonymiser.MeetingKey(id));
            Assert.Equal(Expected("workshop:", id), pseudonymiser.KeyOf("workshop:", id));
        }
    }

    [Fact]
    public void A_journey_keyed_again_after_itself_or_after_others_keeps_its_own_key()
    {
        using var pseudonymiser = new Pseudonymiser(Convert.ToBase64String(Secret));
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        Guid[] order = [Guid.Empty, a, a, b, b, a, Guid.Empty, a];

        var keys = order.Select(pseudonymiser.JourneyKey).ToList();

        Assert.Equal(order.Select(id => Expected("", id)), keys);
        Assert.Equal(Expected("team-activity:", a), pseudonymiser.ActivityKey(a));
        Assert.Equal(Expected("", a), pseudonymiser.JourneyKey(a));
    }

    [Fact]
    public void Keys_made_on_many_threads_at_once_are_the_same_as_one_at_a_time()
    {
        using var pseudonymiser = new Pseudonymiser(Convert.ToBase64String(Secret));
        var ids = Enumerable.Range(0, 4000).Select(_ => Guid.NewGuid()).ToArray();

        var together = new string[ids.Length];
        Parallel.For(0, ids.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            together[i] = i % 2 == 0 ? pseudonymiser.JourneyKey(ids[i]) : pseudonymiser.ActivityKey(ids[i])
        );

        Assert.Equal(ids.Select((id, i) => i % 2 == 0 ? Expected("", id) : Expected("team-activity:", id)), together);
    }
}
