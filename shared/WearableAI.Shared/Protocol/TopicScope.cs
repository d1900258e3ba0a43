namespace WearableAI.Shared.Protocol
{
    /// <summary>Whom a topic is about: one device, or a user's group of devices.</summary>
    public enum TopicScope : byte
    {
        /// <summary><c>wai/v1/dev/&lt;deviceId&gt;/&lt;channel&gt;</c>.</summary>
        Device = 1,

        /// <summary><c>wai/v1/grp/&lt;groupId&gt;/&lt;channel&gt;</c>.</summary>
        Group = 2,
    }
}
