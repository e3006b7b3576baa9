namespace Hubs.Deploy.Tests.Ops;

/// <summary>
/// <c>ops/hubs erase-keyworker</c> and <c>ops/hubs retention</c> on a local state dir with Web stubbed:
/// they confirm before destroying, and hand the operator's arguments to Web's command unchanged.
/// </summary>
public class ErasureScriptTests
{
    private static OpsRun Run(string command, string arguments, string input = "") =>
        OpsHarness.Run(
            $$"""
            source ops/lib/cmd-{{command}}.sh
            host_healthy() { return 0; }
            build_solution() { :; }
            run_host_command_here() { echo "$*"; }
            cmd_main {{arguments}}
            """,
            input: input
        );

    [Fact]
    public void Erase_passes_the_arguments_on_after_the_operator_types_erase()
    {
        var run = Run("erase-keyworker", "--journey 0b0e --by 'Duty operator' --reference DPO-17", input: "erase\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["web erase-keyworker --journey 0b0e --by Duty operator --reference DPO-17"], run.Output);
    }

    [Theory]
    [InlineData("erase-keyworker", "--journey 0b0e --by x", "no\n")]
    [InlineData("erase-keyworker", "", "")]
    [InlineData("retention", "--by x", "yes\n")]
    public void Without_confirmation_or_a_target_nothing_reaches_web(string command, string arguments, string input)
    {
        var run = Run(command, arguments, input);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("erase-keyworker", "--yes 7c9e --by x", "web erase-keyworker 7c9e --by x")]
    [InlineData("retention", "--dry-run", "web retention --dry-run")]
    [InlineData("retention", "--by x --yes --reference R", "web retention --by x --reference R")]
    public void A_dry_run_or_yes_needs_no_typing_and_yes_is_not_passed_on(
        string command,
        string arguments,
        string expected
    )
    {
        var run = Run(command, arguments);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([expected], run.Output);
    }
}
