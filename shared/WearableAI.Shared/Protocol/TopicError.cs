namespace WearableAI.Shared.Protocol
{
    /// <summary>Why <see cref="Topics.Parse"/> rejected a topic string.</summary>
    public enum TopicError : byte
    {
        /// <summary>The topic is one of ours.</summary>
        None = 0,

        /// <summary>Null, or does not start with <see cref="Topics.Root"/>.</summary>
        WrongRoot = 1,

        /// <summary>The level after the root is neither <c>dev</c> nor <c>grp</c>, or levels are missing or extra.</summary>
        BadShape = 2,

        /// <summary>The id level is empty, longer than 32 characters, or has a character outside [a-z0-9_-].</summary>
        BadId = 3,

        /// <summary>The last level is not a channel of this scope (groups only have <c>result</c>).</summary>
        UnknownChannel = 4,
    }
}
