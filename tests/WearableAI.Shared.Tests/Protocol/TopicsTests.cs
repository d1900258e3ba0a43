using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Protocol;

public class TopicsTests
{
    [Theory]
    [InlineData(TopicChannel.Status, "wai/v1/dev/watch-1/status")]
    [InlineData(TopicChannel.Event, "wai/v1/dev/watch-1/event")]
    [InlineData(TopicChannel.Result, "wai/v1/dev/watch-1/result")]
    [InlineData(TopicChannel.Model, "wai/v1/dev/watch-1/model")]
    [InlineData(TopicChannel.Config, "wai/v1/dev/watch-1/config")]
    public void Device_topics_are_built_and_parsed_back(TopicChannel channel, string topic)
    {
        Assert.Equal(topic, Topics.ForDevice("watch-1", channel));

        Assert.Equal(TopicError.None, Topics.Parse(topic, out TopicAddress? address));
        Assert.Equal(TopicScope.Device, address!.Scope);
        Assert.Equal("watch-1", address.Id);
        Assert.Equal(channel, address.Channel);
    }

    [Fact]
    public void Group_result_topic_is_built_and_parsed_back()
    {
        string topic = Topics.ForGroupResults("home_2");

        Assert.Equal("wai/v1/grp/home_2/result", topic);
        Assert.Equal(TopicError.None, Topics.Parse(topic, out TopicAddress? address));
        Assert.Equal(TopicScope.Group, address!.Scope);
        Assert.Equal("home_2", address.Id);
        Assert.Equal(TopicChannel.Result, address.Channel);
    }

    [Fact]
    public void Subscription_filters_cover_the_watch_and_the_hub()
    {
        Assert.Equal("wai/v1/dev/watch-1/+", Topics.DeviceFilter("watch-1"));
        Assert.Equal("wai/v1/dev/+/event", Topics.HubEventFilter);
        Assert.Equal("wai/v1/dev/+/status", Topics.HubStatusFilter);
    }

    [Theory]
    [InlineData(null, TopicError.WrongRoot)]
    [InlineData("", TopicError.WrongRoot)]
    [InlineData("wai/v2/dev/watch-1/event", TopicError.WrongRoot)]
    [InlineData("WAI/v1/dev/watch-1/event", TopicError.WrongRoot)]
    [InlineData("/wai/v1/dev/watch-1/event", TopicError.WrongRoot)]
    [InlineData("wai/v1", TopicError.WrongRoot)]
    [InlineData("wai/v1/", TopicError.BadShape)]
    [InlineData("wai/v1/dev", TopicError.BadShape)]
    [InlineData("wai/v1/dev/watch-1", TopicError.BadShape)]
    [InlineData("wai/v1/usr/watch-1/event", TopicError.BadShape)]
    [InlineData("wai/v1/dev/watch-1/event/extra", TopicError.BadShape)]
    [InlineData("wai/v1/dev//event", TopicError.BadId)]
    [InlineData("wai/v1/dev/Watch-1/event", TopicError.BadId)]
    [InlineData("wai/v1/dev/watch 1/event", TopicError.BadId)]
    [InlineData("wai/v1/dev/+/event", TopicError.BadId)]
    [InlineData("wai/v1/dev/#/event", TopicError.BadId)]
    [InlineData("wai/v1/dev/wätch/event", TopicError.BadId)]
    [InlineData("wai/v1/dev/abcdefghijklmnopqrstuvwxyz0123456/event", TopicError.BadId)]
    [InlineData("wai/v1/dev/watch-1/events", TopicError.UnknownChannel)]
    [InlineData("wai/v1/dev/watch-1/", TopicError.UnknownChannel)]
    [InlineData("wai/v1/dev/watch-1/+", TopicError.UnknownChannel)]
    [InlineData("wai/v1/grp/home/event", TopicError.UnknownChannel)]
    [InlineData("wai/v1/grp/home/config", TopicError.UnknownChannel)]
    public void Topics_that_are_not_ours_are_rejected_with_a_reason(string? topic, TopicError reason)
    {
        Assert.Equal(reason, Topics.Parse(topic, out TopicAddress? address));
        Assert.Null(address);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("watch_01-left", true)]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345", true)] // 32 characters
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456", false)] // 33 characters
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Watch", false)]
    [InlineData("watch/1", false)]
    [InlineData("watch.1", false)]
    public void Ids_are_1_to_32_lowercase_letters_digits_underscores_and_dashes(string? id, bool valid)
    {
        Assert.Equal(valid, Topics.IsValidId(id));
    }

    [Fact]
    public void Building_a_topic_with_an_invalid_id_throws()
    {
        Assert.Throws<ArgumentException>(() => Topics.ForDevice("Watch 1", TopicChannel.Event));
        Assert.Throws<ArgumentException>(() => Topics.ForDevice("watch-1", (TopicChannel)99));
        Assert.Throws<ArgumentException>(() => Topics.ForGroupResults("home/1"));
        Assert.Throws<ArgumentException>(() => Topics.DeviceFilter("+"));
    }
}
