using Hubs.ServiceDefaults.Validation;

namespace Hubs.Web.Tests.Access;

/// <summary>Control characters and all-zeros ids are found wherever they sit in a command.</summary>
public class InputHygieneTests
{
    private sealed record Inner(string Name, IReadOnlyList<string> Tags);

    private sealed record Command(string? Reason, Guid? ClinicianId, Inner? Inner, Dictionary<string, int>? Answers);

    [Fact]
    public void Nul_and_other_control_characters_are_refused_lines_and_tabs_are_not()
    {
        var errors = InputHygiene.Check(
            new Command("One\tline\r\nand\u0000another", null, new Inner("ok", ["x\u001b"]), new() { ["a\u0007"] = 1 })
        );

        Assert.Equal(["Answers", "Inner.Tags", "Reason"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(InputHygiene.Check(new Command("Two\r\nlines\twith a tab", Guid.NewGuid(), null, null)));
    }

    [Fact]
    public void The_all_zeros_id_is_refused()
    {
        Assert.Equal(["ClinicianId"], InputHygiene.Check(new Command(null, Guid.Empty, null, null)).Keys);
    }
}
