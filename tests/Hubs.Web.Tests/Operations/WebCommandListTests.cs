using Hubs.Testing;

namespace Hubs.Web.Tests.Operations;

/// <summary>
/// Web's command list and its refusal of an unknown command, through the built host as ops/hubs runs it.
/// </summary>
public class WebCommandListTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Help_lists_the_commands_an_operator_can_run()
    {
        var printed = await WebCommand.RunAsync(web, ["--help"]);

        Assert.Contains("Commands of Hubs.Web:", printed, StringComparison.Ordinal);
        Assert.Equal(
            [
                "erase-keyworker",
                "export-milestones",
                "migrate",
                "republish",
                "retention",
                "rewrap-data-keys",
                "seed-demo",
                "seed-scale",
            ],
            CommandList.Names(printed)
        );
    }

    [Theory]
    [InlineData("rebuild")]
    [InlineData("erase")]
    public async Task An_unknown_command_is_refused_with_exit_code_2_and_the_list(string command)
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => WebCommand.RunAsync(web, [command]));

        Assert.Contains("exited 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"Unknown command '{command}'.", failure.Message, StringComparison.Ordinal);
        Assert.Contains("erase-keyworker", failure.Message, StringComparison.Ordinal);
    }
}
