using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>
    /// A hub link that is always connected, never answers, and hands every published frame to a
    /// <see cref="LineSink"/> as one line (<c>publish &lt;channel&gt; &lt;hex&gt;</c>), or only counts them.
    /// </summary>
    public sealed class RecordingLink : IMessageLink
    {
        private readonly LineSink? _sink;
        private bool _connected;
        private int _published;

        /// <summary>Creates the link.</summary>
        /// <param name="sink">Where published frames are written, or null to count them only.</param>
        public RecordingLink(LineSink? sink)
        {
            _sink = sink;
        }

        /// <summary>Frames published so far.</summary>
        public int Published
        {
            get { return _published; }
        }

        /// <inheritdoc/>
        public bool IsConnected
        {
            get { return _connected; }
        }

        /// <inheritdoc/>
        public bool Connect()
        {
            _connected = true;
            return true;
        }

        /// <inheritdoc/>
        public bool Publish(LinkChannel channel, byte[] payload, int offset, int count)
        {
            _published++;
            if (_sink != null)
            {
                _sink.WriteLine("publish " + ((int)channel).ToString() + " " + Hex.Of(payload, offset, count));
            }

            return true;
        }

        /// <inheritdoc/>
        public int Poll(byte[] buffer, int offset, out LinkChannel channel)
        {
            channel = LinkChannel.Status;
            return 0;
        }
    }
}
