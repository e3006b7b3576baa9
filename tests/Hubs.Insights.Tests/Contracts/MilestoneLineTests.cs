using System.Buffers;
using System.Text;
using System.Text.Json;
using Hubs.Contracts.Journeys;
using Hubs.Contracts.Rebuild;
using Hubs.Insights.Consumers;

namespace Hubs.Insights.Tests.Contracts;

/// <summary>
/// The rebuild's stream from Web to Insights carries milestone contracts and nothing else, whichever side is asked to
/// write or read something else, and every contract on it has a consumer's effect to apply.
/// </summary>
public class MilestoneLineTests
{
    private static readonly JourneyTriaged Triaged = new("key", "north", 3, "2026-W49", "2026-12", "assess");

    [Fact]
    public void A_milestone_travels_with_its_sequence_and_message_id_unchanged()
    {
        var id = Guid.NewGuid();

        var read = MilestoneLine.Parse(MilestoneLine.Milestone(42, id, Triaged));

        Assert.Equal(new MilestoneLine(42, id, Triaged), read);
        Assert.Equal(new MilestoneLine(43, null, null), MilestoneLine.Parse(MilestoneLine.Position(43)));
    }

    [Fact]
    public void Lines_written_as_bytes_one_after_another_are_the_lines_as_text()
    {
        var id = Guid.NewGuid();
        var written = new ArrayBufferWriter<byte>(1);

        MilestoneLine.WriteMilestone(written, long.MaxValue, id, Triaged);
        MilestoneLine.WritePosition(written, 0);
        MilestoneLine.WriteMilestone(written, 1, id, Triaged);
        MilestoneLine.WritePosition(written, long.MaxValue);

        var json = JsonSerializer.Serialize(Triaged);
        Assert.Equal(
            $"9223372036854775807\t{id:D}\tJourneyTriaged\t{json}\n0\n1\t{id:D}\tJourneyTriaged\t{json}\n"
                + "9223372036854775807\n",
            Encoding.UTF8.GetString(written.WrittenSpan)
        );
        Assert.Throws<ArgumentException>(() => MilestoneLine.WriteMilestone(written, 2, id, new { Name = "A person" }));
    }

    [Fact]
    public void Web_cannot_write_anything_but_a_milestone_contract()
    {
        Assert.Throws<ArgumentException>(() =>
            MilestoneLine.Milestone(1, Guid.NewGuid(), new { Name = "A person", Email = "a@example.org" })
        );
    }

    [Theory]
    [InlineData("1\t00000000-0000-0000-0000-000000000001\tJourney\t{\"Name\":\"A person\"}")]
    [InlineData("1\t00000000-0000-0000-0000-000000000001\tSystem.IO.FileInfo\t{\"FileName\":\"/etc/passwd\"}")]
    [InlineData("1\tnot-an-id\tJourneyTriaged\t{}")]
    [InlineData("one\t00000000-0000-0000-0000-000000000001\tJourneyTriaged\t{}")]
    public void Insights_refuses_a_line_that_is_not_a_milestone_contract(string line)
    {
        Assert.Throws<FormatException>(() => MilestoneLine.Parse(line));
    }

    [Fact]
    public void Every_contract_on_the_stream_has_a_consumer_effect_and_every_effect_a_contract()
    {
        Assert.Equal(
            MilestoneLine.Contracts.Values.OrderBy(t => t.Name),
            MilestoneEffects.Contracts.OrderBy(t => t.Name)
        );
    }
}
