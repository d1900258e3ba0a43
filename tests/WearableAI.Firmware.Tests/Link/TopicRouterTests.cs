using WearableAI.Firmware.Hardware;
using WearableAI.Firmware.Link;

namespace WearableAI.Firmware.Tests.Link;

public class TopicRouterTests
{
    [Theory]
    [InlineData("wai/v1/dev/watch-1/result", TopicRoute.Deliver, LinkChannel.Result)]
    [InlineData("wai/v1/dev/watch-1/model", TopicRoute.Deliver, LinkChannel.Model)]
    [InlineData("wai/v1/dev/watch-1/config", TopicRoute.Deliver, LinkChannel.Config)]
    [InlineData("wai/v1/grp/home/result", TopicRoute.Deliver, LinkChannel.Group)]
    [InlineData("wai/v1/dev/watch-1/status", TopicRoute.OwnEcho, LinkChannel.Result)]
    [InlineData("wai/v1/dev/watch-1/event", TopicRoute.OwnEcho, LinkChannel.Result)]
    [InlineData("wai/v1/dev/watch-2/result", TopicRoute.Foreign, LinkChannel.Result)]
    [InlineData("wai/v1/grp/office/result", TopicRoute.Foreign, LinkChannel.Result)]
    [InlineData("wai/v2/dev/watch-1/result", TopicRoute.Foreign, LinkChannel.Result)]
    [InlineData("wai/v1/dev/watch-1/result/extra", TopicRoute.Foreign, LinkChannel.Result)]
    [InlineData("wai/v1/dev/Watch-1/result", TopicRoute.Foreign, LinkChannel.Result)]
    [InlineData("", TopicRoute.Foreign, LinkChannel.Result)]
    public void A_received_topic_is_delivered_on_its_channel_ignored_as_an_echo_or_dropped_as_foreign(string topic, TopicRoute expected, LinkChannel channel)
    {
        TopicRouter router = new("watch-1");
        router.Join("home", out _);

        Assert.Equal(expected, router.Route(topic, out LinkChannel routed));
        if (expected == TopicRoute.Deliver)
        {
            Assert.Equal(channel, routed);
        }
    }

    [Fact]
    public void The_watch_publishes_only_status_and_events_each_to_its_own_topic()
    {
        TopicRouter router = new("watch-1");

        Assert.Equal("wai/v1/dev/watch-1/status", router.PublishTopic(LinkChannel.Status));
        Assert.Equal("wai/v1/dev/watch-1/event", router.PublishTopic(LinkChannel.Event));
        Assert.Null(router.PublishTopic(LinkChannel.Result));
        Assert.Null(router.PublishTopic(LinkChannel.Group));
        Assert.Equal("wai/v1/dev/watch-1/+", router.DeviceFilter);
    }

    [Fact]
    public void Group_results_arrive_only_after_joining_and_stop_after_leaving_or_moving()
    {
        TopicRouter router = new("watch-1");
        Assert.Equal(TopicRoute.Foreign, router.Route("wai/v1/grp/home/result", out _));

        Assert.True(router.Join("home", out string none));
        Assert.Equal(string.Empty, none);
        Assert.Equal(TopicRoute.Deliver, router.Route("wai/v1/grp/home/result", out _));

        Assert.False(router.Join("home", out _));
        Assert.False(router.Join("Not Valid", out _));
        Assert.True(router.Join("office", out string previous));
        Assert.Equal("home", previous);
        Assert.Equal(TopicRoute.Foreign, router.Route("wai/v1/grp/home/result", out _));

        Assert.True(router.Join(string.Empty, out _));
        Assert.Equal(TopicRoute.Foreign, router.Route("wai/v1/grp/office/result", out _));
        Assert.Null(TopicRouter.GroupTopic(string.Empty));
        Assert.Equal("wai/v1/grp/office/result", TopicRouter.GroupTopic("office"));
    }
}
