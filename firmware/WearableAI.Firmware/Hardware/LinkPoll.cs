namespace WearableAI.Firmware.Hardware
{
    /// <summary>The non-length results of <see cref="IMessageLink.Poll"/>.</summary>
    public static class LinkPoll
    {
        /// <summary>No message is waiting.</summary>
        public const int NothingReceived = -1;

        /// <summary>A message arrived that did not fit the caller's buffer; it was discarded.</summary>
        public const int MessageTooLarge = -2;
    }
}
