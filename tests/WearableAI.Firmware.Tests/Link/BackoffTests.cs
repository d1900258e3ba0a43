using CsCheck;
using WearableAI.Firmware.Link;

namespace WearableAI.Firmware.Tests.Link;

public class BackoffTests
{
    [Fact]
    public void Without_jitter_the_delay_doubles_up_to_the_cap()
    {
        Backoff backoff = new(initialDelayMs: 500, maxDelayMs: 30_000, jitterPercent: 0, seed: 1);

        int[] delays = [.. Enumerable.Range(0, 9).Select(_ => backoff.NextDelayMs())];

        Assert.Equal(new[] { 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000 }, delays);
    }

    [Fact]
    public void Every_delay_stays_within_its_jitter_band_below_the_base()
    {
        Gen.Select(Gen.Int[1, 2000], Gen.Int[1, 100], Gen.Int[0, 100], Gen.UInt).Sample((initial, factor, jitter, seed) =>
        {
            Backoff backoff = new(initial, initial * factor, jitter, seed);
            for (int i = 0; i < 40; i++)
            {
                int upper = backoff.CurrentBaseDelayMs;
                int lower = upper - (int)((long)upper * jitter / 100);
                int delay = backoff.NextDelayMs();
                if (delay < lower || delay > upper || upper > initial * factor)
                {
                    return false;
                }
            }

            return true;
        });
    }

    [Fact]
    public void The_same_seed_gives_the_same_delays_and_different_devices_spread_out()
    {
        int[] Run(uint seed)
        {
            Backoff backoff = new(1000, 60_000, 50, seed);
            return [.. Enumerable.Range(0, 12).Select(_ => backoff.NextDelayMs())];
        }

        Assert.Equal(Run(42), Run(42));
        int distinctFirstDelays = Enumerable.Range(1, 50).Select(s => Run((uint)s)[0]).Distinct().Count();
        Assert.True(distinctFirstDelays > 25, $"only {distinctFirstDelays} distinct first delays among 50 devices");
    }

    [Fact]
    public void A_successful_connection_resets_the_delay_to_the_initial_value()
    {
        Backoff backoff = new(200, 10_000, 0, 7);
        for (int i = 0; i < 6; i++)
        {
            backoff.NextDelayMs();
        }

        backoff.Reset();

        Assert.Equal(0, backoff.Attempts);
        Assert.Equal(200, backoff.NextDelayMs());
    }

    [Fact]
    public void Thousands_of_failures_neither_overflow_nor_exceed_the_cap()
    {
        Backoff backoff = new(1, int.MaxValue, 10, 3);
        int last = 0;
        for (int i = 0; i < 5000; i++)
        {
            last = backoff.NextDelayMs();
            Assert.True(last > 0);
        }

        Assert.True(last >= int.MaxValue - (int.MaxValue / 10) - 1);
    }
}
