namespace WearableAI.Shared.Protocol
{
    /// <summary>The hub's decision on a wake candidate or a command, carried in a Result frame.</summary>
    public enum Verdict : byte
    {
        /// <summary>The hub model confirmed it; the label says what was heard.</summary>
        Accepted = 1,

        /// <summary>The hub model did not confirm it (false trigger on the watch).</summary>
        Rejected = 2,

        /// <summary>No verification was possible (hub model unavailable or the device worked offline).</summary>
        Unverified = 3,

        /// <summary>Another device of the group handles this utterance; this one stays quiet.</summary>
        StandDown = 4,
    }
}
