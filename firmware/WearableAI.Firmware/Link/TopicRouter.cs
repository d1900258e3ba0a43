using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// The MQTT topics of one watch (docs/protocol.md), for every transport (the host's MQTTnet link,
    /// the ESP32-S3's M2Mqtt link): the topic of each outgoing <see cref="LinkChannel"/>, the
    /// subscriptions, and the decision for each received topic — delivered on a channel, ignored as
    /// the watch's own echo, or dropped as foreign. Topic strings are built once; routing a message
    /// parses its topic (one <see cref="TopicAddress"/>, hub messages are rare).
    /// </summary>
    /// <remarks>
    /// Thread use: transports route on their client's receive thread while the main loop may join
    /// another group; <see cref="GroupId"/> is one reference read and written whole.
    /// </remarks>
    public sealed class TopicRouter
    {
        private readonly string _deviceId;
        private readonly string[] _topics = new string[6];
        private readonly string _deviceFilter;
        private string _groupId = string.Empty;

        /// <summary>Builds the topics of <paramref name="deviceId"/>.</summary>
        /// <param name="deviceId">A valid device id (<see cref="Topics.IsValidId"/>).</param>
        public TopicRouter(string deviceId)
        {
            if (!Topics.IsValidId(deviceId))
            {
                throw new System.ArgumentException("not a valid device id", nameof(deviceId));
            }

            _deviceId = deviceId;
            _topics[(int)LinkChannel.Status] = Topics.ForDevice(deviceId, TopicChannel.Status);
            _topics[(int)LinkChannel.Event] = Topics.ForDevice(deviceId, TopicChannel.Event);
            _topics[(int)LinkChannel.Result] = Topics.ForDevice(deviceId, TopicChannel.Result);
            _topics[(int)LinkChannel.Model] = Topics.ForDevice(deviceId, TopicChannel.Model);
            _topics[(int)LinkChannel.Config] = Topics.ForDevice(deviceId, TopicChannel.Config);
            _deviceFilter = Topics.DeviceFilter(deviceId);
        }

        /// <summary>The device id.</summary>
        public string DeviceId
        {
            get { return _deviceId; }
        }

        /// <summary>The subscription for everything addressed to the watch: <c>wai/v1/dev/&lt;id&gt;/+</c>.</summary>
        public string DeviceFilter
        {
            get { return _deviceFilter; }
        }

        /// <summary>The group whose result fan-out the watch follows ("" when none).</summary>
        public string GroupId
        {
            get { return _groupId; }
        }

        /// <summary>The topic a message on <paramref name="channel"/> is published to, or null for a channel the watch only receives.</summary>
        /// <param name="channel">Status or Event.</param>
        /// <returns>The topic, or null.</returns>
        public string? PublishTopic(LinkChannel channel)
        {
            return channel == LinkChannel.Status || channel == LinkChannel.Event ? _topics[(int)channel] : null;
        }

        /// <summary>The group's result topic to subscribe to, or null when <paramref name="groupId"/> is "" (no group).</summary>
        /// <param name="groupId">A group id or "".</param>
        /// <returns>The topic or null.</returns>
        public static string? GroupTopic(string groupId)
        {
            return groupId.Length == 0 ? null : Topics.ForGroupResults(groupId);
        }

        /// <summary>Follows <paramref name="groupId"/> from now on. An invalid id or the current one changes nothing.</summary>
        /// <param name="groupId">A valid group id, or "" to follow none.</param>
        /// <param name="previous">The group followed until now ("" when none).</param>
        /// <returns>True when the group changed (the transport then unsubscribes the previous and subscribes the new one).</returns>
        public bool Join(string groupId, out string previous)
        {
            previous = _groupId;
            if (groupId == null || groupId == previous || (groupId.Length > 0 && !Topics.IsValidId(groupId)))
            {
                return false;
            }

            _groupId = groupId;
            return true;
        }

        /// <summary>Decides what becomes of a received message.</summary>
        /// <param name="topic">Its topic.</param>
        /// <param name="channel">The channel to deliver it on (meaningful for <see cref="TopicRoute.Deliver"/>).</param>
        /// <returns>Deliver, own echo, or foreign.</returns>
        public TopicRoute Route(string topic, out LinkChannel channel)
        {
            channel = LinkChannel.Result;
            if (Topics.Parse(topic, out TopicAddress? address) != TopicError.None || address == null)
            {
                return TopicRoute.Foreign;
            }

            if (address.Scope == TopicScope.Group)
            {
                string group = _groupId;
                if (group.Length == 0 || address.Id != group)
                {
                    return TopicRoute.Foreign;
                }

                channel = LinkChannel.Group;
                return TopicRoute.Deliver;
            }

            if (address.Id != _deviceId)
            {
                return TopicRoute.Foreign;
            }

            switch (address.Channel)
            {
                case TopicChannel.Result:
                    channel = LinkChannel.Result;
                    return TopicRoute.Deliver;
                case TopicChannel.Model:
                    channel = LinkChannel.Model;
                    return TopicRoute.Deliver;
                case TopicChannel.Config:
                    channel = LinkChannel.Config;
                    return TopicRoute.Deliver;
                default:
                    return TopicRoute.OwnEcho;
            }
        }
    }
}
