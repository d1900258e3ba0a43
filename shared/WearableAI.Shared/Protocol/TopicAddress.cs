namespace WearableAI.Shared.Protocol
{
    /// <summary>A parsed topic: scope, id and channel (see <see cref="Topics.Parse"/>).</summary>
    public sealed class TopicAddress
    {
        /// <summary>Creates an address; the parts are not validated here.</summary>
        /// <param name="scope">Device or group.</param>
        /// <param name="id">The device or group id.</param>
        /// <param name="channel">The channel.</param>
        public TopicAddress(TopicScope scope, string id, TopicChannel channel)
        {
            Scope = scope;
            Id = id;
            Channel = channel;
        }

        /// <summary>Device or group.</summary>
        public TopicScope Scope { get; }

        /// <summary>The device or group id.</summary>
        public string Id { get; }

        /// <summary>The channel.</summary>
        public TopicChannel Channel { get; }
    }
}
