using Microsoft.Playwright;
using WearableAI.Hub.AppTests.Support;
using WearableAI.Hub.Timeline;
using static Microsoft.Playwright.Assertions;

namespace WearableAI.Hub.AppTests;

/// <summary>The live timeline: entries published into the hub's feed appear without a reload.</summary>
[Collection(AppCollection.Name)]
public sealed class TimelinePageTests(AppFixture app)
{
    [Fact]
    public async Task A_wake_verdict_appears_live_with_its_confidence_and_command_label()
    {
        IPage page = await app.OpenAsync("#/timeline");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        TimelineEntry verdict = app.Hub.Feed.Publish(TimelineKind.WakeVerdict, "wrist-a", "home", "verified 'hey nano' (0.97) → stop",
            new { verdict = "verified", confidence = 0.97, command = "stop", commandConfidence = 0.91 });

        ILocator item = page.Locator($"#timeline li[data-id='{verdict.Id}']");
        await Expect(item.Locator("[data-verdict]")).ToHaveTextAsync("verified");
        await Expect(item.Locator("[data-confidence]")).ToHaveTextAsync("confidence 0.97");
        await Expect(item.Locator("[data-command]")).ToHaveTextAsync("stop");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Rejected_and_offline_verdicts_are_told_apart_from_verified_ones()
    {
        IPage page = await app.OpenAsync("#/timeline");

        TimelineEntry rejected = app.Hub.Feed.Publish(TimelineKind.WakeVerdict, "wrist-b", "home", "rejected 'hey nano' (0.21)",
            new { verdict = "rejected", confidence = 0.21 });
        TimelineEntry offline = app.Hub.Feed.Publish(TimelineKind.OfflineAction, "wrist-b", "home", "acted offline on 'go'",
            new { command = "go", confidence = 0.88 });

        await Expect(page.Locator($"li[data-id='{rejected.Id}'] [data-verdict]")).ToHaveTextAsync("rejected");
        await Expect(page.Locator($"li[data-id='{offline.Id}'] [data-verdict]")).ToHaveTextAsync("unverified (offline)");
        await Expect(page.Locator($"li[data-id='{offline.Id}'] [data-command]")).ToHaveTextAsync("go");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_arbitration_shows_the_winner_why_and_each_candidate_with_energies_and_score()
    {
        IPage page = await app.OpenAsync("#/timeline");

        TimelineEntry arbitration = app.Hub.Feed.Publish(TimelineKind.Arbitration, null, "home", "2 devices heard 'hey nano': wrist-a answers",
            new
            {
                winner = "wrist-a",
                reason = "highest voice-to-ambient score",
                candidates = new[]
                {
                    new { deviceId = "wrist-a", voiceEnergy = 0.82, ambientEnergy = 0.10, score = 0.95 },
                    new { deviceId = "kitchen-b", voiceEnergy = 0.40, ambientEnergy = 0.30, score = 0.71 },
                },
            });
        app.Hub.Feed.Publish(TimelineKind.Gesture, "wrist-a", "home", "wrist raise", new { gesture = "wristRaise" });

        ILocator item = page.Locator($"li[data-id='{arbitration.Id}']");
        await Expect(item.Locator("[data-winner]")).ToHaveTextAsync("wrist-a");
        await Expect(item.Locator("[data-reason]")).ToContainTextAsync("highest voice-to-ambient score");
        await Expect(item.Locator("tr[data-candidate='wrist-a']")).ToContainTextAsync("0.82");
        await Expect(item.Locator("tr[data-candidate='wrist-a']")).ToHaveClassAsync("winner");
        await Expect(item.Locator("tr[data-candidate='kitchen-b']")).ToContainTextAsync("0.30");
        await Expect(item.Locator("tr[data-candidate='kitchen-b']")).ToContainTextAsync("0.71");
        await Expect(page.Locator("[data-gesture]").First).ToHaveTextAsync("wristRaise");
        await AppFixture.ScreenshotAsync(page, "desktop-timeline");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Entries_published_before_the_page_opened_are_shown_from_the_hubs_history()
    {
        TimelineEntry earlier = app.Hub.Feed.Publish(TimelineKind.Command, "wrist-c", "home", "command 'left'", new { command = "left", confidence = 0.9 });

        IPage page = await app.OpenAsync("#/timeline");

        await Expect(page.Locator($"li[data-id='{earlier.Id}'] [data-command]")).ToHaveTextAsync("left");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_mixed_stream_of_entries_is_shown_newest_first()
    {
        IPage page = await app.OpenAsync("#/timeline");
        TimelineFeed feed = app.Hub.Feed;

        feed.Publish(TimelineKind.WakeCandidate, "living-room", "home", "wake candidate (tiny model 0.81)", new { score = 0.81 });
        feed.Publish(TimelineKind.WakeCandidate, "wrist-a", "home", "wake candidate (tiny model 0.93)", new { score = 0.93 });
        feed.Publish(TimelineKind.Arbitration, null, "home", "2 devices heard 'hey nano': wrist-a answers", new
        {
            winner = "wrist-a",
            reason = "highest voice-to-ambient score",
            candidates = new[]
            {
                new { deviceId = "wrist-a", voiceEnergy = 0.82, ambientEnergy = 0.10, score = 0.95 },
                new { deviceId = "living-room", voiceEnergy = 0.40, ambientEnergy = 0.30, score = 0.71 },
            },
        });
        feed.Publish(TimelineKind.WakeVerdict, "wrist-a", "home", "verified 'hey nano' (0.97)", new { verdict = "verified", confidence = 0.97 });
        feed.Publish(TimelineKind.Command, "wrist-a", "home", "command 'stop' (0.91)", new { command = "stop", confidence = 0.91 });
        feed.Publish(TimelineKind.Gesture, "wrist-a", "home", "double tap", new { gesture = "doubleTap" });
        feed.Publish(TimelineKind.ModelRollout, "wrist-a", "home", "model 2026.11.1: 60 % sent", new { version = "2026.11.1", state = "sending", progress = 0.6 });
        TimelineEntry newest = feed.Publish(TimelineKind.Rejected, "living-room", "home", "frame refused: bad CRC", new { reason = "bad-crc" });

        await Expect(page.Locator("#timeline li").First).ToHaveAttributeAsync("data-id", newest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("#timeline li").Nth(1)).ToHaveAttributeAsync("data-kind", "modelRollout");
        await AppFixture.ScreenshotAsync(page, "desktop-timeline-mixed");
        await page.Context.CloseAsync();
    }
}
