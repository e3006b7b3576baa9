using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Hubs.Contracts.Rebuild;

namespace Hubs.Insights.Tests.Contracts;

/// <summary>
/// The rebuild stream's JSON is generated at build time (<see cref="MilestoneJson"/>): every milestone contract must be
/// listed there, and each is written exactly as the reflection-based serializer writes it and read back whole. The
/// export writes its lines as UTF-8 bytes (<see cref="MilestoneLine.WriteMilestone"/>): the very bytes of that text.
/// </summary>
public class MilestoneJsonTests
{
    public static TheoryData<string> Contracts => [.. MilestoneLine.Contracts.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_milestone_contract_has_generated_json()
    {
        Assert.All(MilestoneLine.Contracts.Values, type =>
            Assert.True(MilestoneJson.Default.GetTypeInfo(type) is not null, $"{type.Name} is not in MilestoneJson")
        );
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void A_contract_is_written_as_the_default_serializer_writes_it_and_read_back(string name)
    {
        var type = MilestoneLine.Contracts[name];
        var contract = RuntimeHelpers.GetUninitializedObject(type);

        var id = Guid.NewGuid();

        var line = MilestoneLine.Milestone(7, id, contract);
        var json = line.Split('\t', 4)[3];
        var written = new ArrayBufferWriter<byte>();
        MilestoneLine.WriteMilestone(written, 7, id, contract);

        Assert.Equal(JsonSerializer.Serialize(contract, type), json);
        Assert.Equal(json, JsonSerializer.Serialize(MilestoneLine.Parse(line).Contract, type));
        Assert.Equal($"7\t{id:D}\t{name}\t{json}\n", Encoding.UTF8.GetString(written.WrittenSpan));
    }
}
