using System;

namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// The MQTT topic names of WearableAI (docs/protocol.md, "Topics"): building them,
    /// parsing them back, and the subscription filters of the watch and the hub.
    /// </summary>
    /// <remarks>
    /// Per device: <c>wai/v1/dev/&lt;deviceId&gt;/{status|event|result|model|config}</c>;
    /// per group: <c>wai/v1/grp/&lt;groupId&gt;/result</c>. Ids are 1..32 characters of
    /// [a-z0-9_-], so they never contain MQTT wildcards or separators. Builders throw
    /// <see cref="ArgumentException"/> for an invalid id; <see cref="Parse"/> never throws.
    /// </remarks>
    public static class Topics
    {
        /// <summary>The prefix of every topic; the "v1" level changes only with an incompatible topic layout.</summary>
        public const string Root = "wai/v1/";

        /// <summary>Hub subscription: every device's events.</summary>
        public const string HubEventFilter = "wai/v1/dev/+/event";

        /// <summary>Hub subscription: every device's retained status and last will.</summary>
        public const string HubStatusFilter = "wai/v1/dev/+/status";

        private const string DeviceLevel = "dev";
        private const string GroupLevel = "grp";

        /// <summary>True when <paramref name="id"/> is 1..32 characters of a-z, 0-9, '_' and '-'.</summary>
        /// <param name="id">A device or group id.</param>
        /// <returns>Whether it can be used in a topic and in frames.</returns>
        public static bool IsValidId(string? id)
        {
            if (id == null || id.Length < 1 || id.Length > ProtocolLimits.MaxIdLength)
            {
                return false;
            }

            for (int i = 0; i < id.Length; i++)
            {
                char c = id[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The topic of one device's channel, e.g. <c>wai/v1/dev/watch-1/event</c>.</summary>
        /// <param name="deviceId">A valid device id.</param>
        /// <param name="channel">The channel.</param>
        /// <returns>The topic.</returns>
        /// <exception cref="ArgumentException">Invalid id or channel.</exception>
        public static string ForDevice(string deviceId, TopicChannel channel)
        {
            string name = ChannelName(channel);
            if (!IsValidId(deviceId) || name.Length == 0)
            {
                throw new ArgumentException("invalid device id or channel");
            }

            return Root + DeviceLevel + "/" + deviceId + "/" + name;
        }

        /// <summary>The group fan-out topic, e.g. <c>wai/v1/grp/home/result</c>.</summary>
        /// <param name="groupId">A valid group id.</param>
        /// <returns>The topic.</returns>
        /// <exception cref="ArgumentException">Invalid id.</exception>
        public static string ForGroupResults(string groupId)
        {
            if (!IsValidId(groupId))
            {
                throw new ArgumentException("invalid group id");
            }

            return Root + GroupLevel + "/" + groupId + "/result";
        }

        /// <summary>The watch's subscription filter for everything addressed to it: <c>wai/v1/dev/&lt;id&gt;/+</c>.</summary>
        /// <param name="deviceId">A valid device id.</param>
        /// <returns>The filter.</returns>
        /// <exception cref="ArgumentException">Invalid id.</exception>
        public static string DeviceFilter(string deviceId)
        {
            if (!IsValidId(deviceId))
            {
                throw new ArgumentException("invalid device id");
            }

            return Root + DeviceLevel + "/" + deviceId + "/+";
        }

        /// <summary>The topic level of a channel ("status", "event", …), or "" for an undefined value.</summary>
        /// <param name="channel">The channel.</param>
        /// <returns>Its name.</returns>
        public static string ChannelName(TopicChannel channel)
        {
            switch (channel)
            {
                case TopicChannel.Status: return "status";
                case TopicChannel.Event: return "event";
                case TopicChannel.Result: return "result";
                case TopicChannel.Model: return "model";
                case TopicChannel.Config: return "config";
                default: return string.Empty;
            }
        }

        /// <summary>Splits a topic into scope, id and channel; anything not built by this class is rejected.</summary>
        /// <param name="topic">A topic of a received message.</param>
        /// <param name="address">The parts when the result is <see cref="TopicError.None"/>, otherwise null.</param>
        /// <returns><see cref="TopicError.None"/> or why the topic is not one of ours.</returns>
        public static TopicError Parse(string? topic, out TopicAddress? address)
        {
            address = null;
            if (topic == null || topic.Length < Root.Length || topic.Substring(0, Root.Length) != Root)
            {
                return TopicError.WrongRoot;
            }

            int scopeEnd = topic.IndexOf('/', Root.Length);
            if (scopeEnd < 0)
            {
                return TopicError.BadShape;
            }

            string scopeName = topic.Substring(Root.Length, scopeEnd - Root.Length);
            TopicScope scope;
            if (scopeName == DeviceLevel)
            {
                scope = TopicScope.Device;
            }
            else if (scopeName == GroupLevel)
            {
                scope = TopicScope.Group;
            }
            else
            {
                return TopicError.BadShape;
            }

            int idEnd = topic.IndexOf('/', scopeEnd + 1);
            if (idEnd < 0)
            {
                return TopicError.BadShape;
            }

            string id = topic.Substring(scopeEnd + 1, idEnd - scopeEnd - 1);
            if (!IsValidId(id))
            {
                return TopicError.BadId;
            }

            string channelName = topic.Substring(idEnd + 1);
            if (channelName.IndexOf('/') >= 0)
            {
                return TopicError.BadShape;
            }

            TopicChannel channel = ChannelFromName(channelName);
            if (channel == 0 || (scope == TopicScope.Group && channel != TopicChannel.Result))
            {
                return TopicError.UnknownChannel;
            }

            address = new TopicAddress(scope, id, channel);
            return TopicError.None;
        }

        private static TopicChannel ChannelFromName(string name)
        {
            for (int value = (int)TopicChannel.Status; value <= (int)TopicChannel.Config; value++)
            {
                if (ChannelName((TopicChannel)value) == name)
                {
                    return (TopicChannel)value;
                }
            }

            return 0;
        }
    }
}
