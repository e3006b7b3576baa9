using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>A row's sums part by part: parts are told apart by their whole names and buckets.</summary>
public class CellSumsTests
{
    [Fact]
    public void Parts_alike_in_length_and_first_middle_and_last_characters_are_summed_apart()
    {
        var sums = new CellSums();
        sums.Add("waits:c", 0, 3, 1, 11);
        sums.Add("wbits:c", 0, 5, 1, 13);
        sums.Add("waits:c", 0, 2, 1, 17);
        sums.AddSum("waits:c", 4, 7, 19);

        Assert.Equal(new Tally(5, 28), sums.TallyOf(PartNumbers.Of("waits:c")));
        Assert.Equal(new Tally(5, 13), sums.TallyOf(PartNumbers.Of("wbits:c")));
        Assert.Equal(
            ["waits:c 0 5 28", "waits:c 4 7 19", "wbits:c 0 5 13"],
            sums.Parts.Select(p => $"{p.Part} {p.Bucket} {p.Amount} {p.Keys}").Order(StringComparer.Ordinal)
        );
    }
}
