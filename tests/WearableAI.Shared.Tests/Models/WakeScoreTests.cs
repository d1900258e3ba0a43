using WearableAI.Shared.Models;

namespace WearableAI.Shared.Tests.Models;

public class WakeScoreTests
{
    [Theory]
    [InlineData(100, 10, -128, false, 100)]
    [InlineData(100, 10, -128, true, 90)]
    [InlineData(20, 30, 5, true, -10)]
    [InlineData(-128, 127, 0, true, -128)] // −255 clamps to the int8 range
    [InlineData(127, -128, -128, true, 127)] // 255 clamps too
    public void The_wake_score_is_the_wake_logit_or_its_lead_over_the_best_other_label(int wake, int first, int second, bool margin, int expected)
    {
        sbyte[] row = [0, 0, (sbyte)first, (sbyte)wake, (sbyte)second]; // the row starts at offset 2
        var model = new WatchModel { Labels = ["unknown", "hey_nano", "silence"], WakeLabelIndex = 1, WakeScoreIsMargin = margin };

        Assert.Equal(expected, model.WakeScore(row, 2));
        Assert.Equal(expected, WatchModel.WakeScoreOf(row, 2, 3, 1, margin));
    }
}
