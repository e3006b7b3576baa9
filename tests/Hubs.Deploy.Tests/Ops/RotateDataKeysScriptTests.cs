namespace Hubs.Deploy.Tests.Ops;

/// <summary>
/// <c>ops/hubs rotate-keys --data-keys-only</c> on a local state dir, with the hosts stubbed: Web holds
/// the old key as a previous key exactly while the data keys are re-wrapped, and never afterwards.
/// </summary>
public class RotateDataKeysScriptTests
{
    private const string Old = "b2xkLW1hc3Rlci1rZXktb2xkLW1hc3Rlci1rZXktMDA=";
    private const string Stubs = """
        source ops/lib/cmd-rotate-keys.sh
        host_healthy() { return 0; }
        stop_host() { :; }
        wait_healthy() { :; }
        keys() { host_env web | grep '^DataKeys__' | tr '\n' ' '; }
        start_host() { echo "start $1: $(keys)"; }
        run_host_command() {
          echo "$2: $(keys)"; mkdir -p "$LOG_DIR"; echo "Re-wrapped 2 data keys" >>"$LOG_DIR/web-$2.log"
        }
        cmd_main --data-keys-only
        """;

    [Fact]
    public void A_rotation_rewraps_under_a_new_key_while_the_old_one_is_still_readable_then_drops_it()
    {
        var (output, secrets) = Run($"HUBS_DATA_MASTER_KEY={Old}\n");

        var current = Assert.Single(secrets, s => s.StartsWith("HUBS_DATA_MASTER_KEY=", StringComparison.Ordinal))[
            "HUBS_DATA_MASTER_KEY=".Length..
        ];
        Assert.NotEqual(Old, current);
        Assert.Equal(32, Convert.FromBase64String(current).Length);
        Assert.DoesNotContain(secrets, s => s.StartsWith("HUBS_DATA_PREVIOUS_MASTER_KEY", StringComparison.Ordinal));
        Assert.Equal(
            [
                $"start web: DataKeys__MasterKey={current} DataKeys__PreviousMasterKeys__0={Old} ",
                $"rewrap-data-keys: DataKeys__MasterKey={current} DataKeys__PreviousMasterKeys__0={Old} ",
                "Re-wrapped 2 data keys",
                $"start web: DataKeys__MasterKey={current} ",
            ],
            output
        );
    }

    [Fact]
    public void An_interrupted_rotation_is_finished_without_a_further_new_key()
    {
        const string current = "bmV3LW1hc3Rlci1rZXktbmV3LW1hc3Rlci1rZXktMDA=";

        var (output, secrets) = Run($"HUBS_DATA_MASTER_KEY={current}\nHUBS_DATA_PREVIOUS_MASTER_KEY={Old}\n");

        Assert.Contains($"HUBS_DATA_MASTER_KEY={current}", secrets);
        Assert.DoesNotContain(secrets, s => s.StartsWith("HUBS_DATA_PREVIOUS_MASTER_KEY", StringComparison.Ordinal));
        Assert.Equal(
            $"rewrap-data-keys: DataKeys__MasterKey={current} DataKeys__PreviousMasterKeys__0={Old} ",
            output[0]
        );
        Assert.Equal($"start web: DataKeys__MasterKey={current} ", output[^1]);
    }

    private static (List<string> Output, string[] Secrets) Run(string dataKeys)
    {
        var run = OpsHarness.Run(Stubs, dataKeys);
        Assert.True(run.ExitCode == 0, run.Errors);
        return (run.Output, run.Secrets);
    }
}
