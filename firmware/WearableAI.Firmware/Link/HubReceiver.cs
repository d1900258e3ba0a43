using WearableAI.Firmware.Hardware;
using WearableAI.Shared.Protocol;

namespace WearableAI.Firmware.Link
{
    /// <summary>
    /// The receiving half of <see cref="WatchLink"/>: takes messages from the transport into one
    /// preallocated buffer, decodes them with the shared <see cref="FrameCodec"/> and passes on
    /// only frames that belong where they arrived — Result, Receipt and Error on the device's result
    /// channel, Result of any device on the group channel, ModelChunk on the model channel,
    /// DeviceConfig on the config channel. Everything else is counted in <see cref="Rejections"/>.
    /// </summary>
    /// <remarks>Decoding allocates the frame object (hub messages are rare); the buffer is allocated once.</remarks>
    public sealed class HubReceiver
    {
        private readonly IMessageLink _link;
        private readonly DeviceIdentity _identity;
        private readonly byte[] _rx = new byte[FrameCodec.MaxFrameSize];
        private readonly HubFrameRejections _rejections = new HubFrameRejections();

        /// <summary>Reads from <paramref name="link"/> for the device <paramref name="identity"/> names.</summary>
        /// <param name="link">The transport.</param>
        /// <param name="identity">This device (a Result for another device on its own channel is rejected).</param>
        public HubReceiver(IMessageLink link, DeviceIdentity identity)
        {
            _link = link;
            _identity = identity;
        }

        /// <summary>Messages that were ignored, by reason.</summary>
        public HubFrameRejections Rejections
        {
            get { return _rejections; }
        }

        /// <summary>Takes the next message that decodes and belongs where it arrived.</summary>
        /// <param name="maxMessages">Most messages to look at in this call.</param>
        /// <returns>The frame, or null. A ModelChunk's data points into the receive buffer until the next call.</returns>
        public Frame? Poll(int maxMessages)
        {
            for (int i = 0; i < maxMessages; i++)
            {
                int length = _link.Poll(_rx, 0, out LinkChannel channel);
                if (length == LinkPoll.NothingReceived)
                {
                    return null;
                }

                if (length == LinkPoll.MessageTooLarge)
                {
                    _rejections.CountOversized();
                    continue;
                }

                FrameError error = FrameCodec.Decode(_rx, 0, length, out Frame? frame);
                if (error != FrameError.None || frame == null)
                {
                    _rejections.CountDecodeError(error);
                    continue;
                }

                if (!Belongs(channel, frame))
                {
                    _rejections.CountUnexpected();
                    continue;
                }

                return frame;
            }

            return null;
        }

        private bool Belongs(LinkChannel channel, Frame frame)
        {
            FrameKind kind = frame.Kind;
            if (kind == FrameKind.Error || kind == FrameKind.Receipt)
            {
                return channel == LinkChannel.Result;
            }

            if (kind == FrameKind.Result)
            {
                if (channel != LinkChannel.Result && channel != LinkChannel.Group)
                {
                    return false;
                }

                return channel == LinkChannel.Group || ((ResultFrame)frame).DeviceId == _identity.DeviceId;
            }

            if (kind == FrameKind.ModelChunk)
            {
                return channel == LinkChannel.Model;
            }

            return kind == FrameKind.DeviceConfig && channel == LinkChannel.Config;
        }
    }
}
