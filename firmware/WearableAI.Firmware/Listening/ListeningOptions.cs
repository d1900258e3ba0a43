namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// Sizes of the listening pipeline. Plain data; <see cref="Validate"/> after changing fields.
    /// Frames are front-end frames (32 ms each with the default settings).
    /// </summary>
    public sealed class ListeningOptions
    {
        /// <summary>Feature frames a wake candidate carries, ending at the trigger (48 ≈ 1.5 s).</summary>
        public int WindowFrames = 48;

        /// <summary>Blocks (one front-end frame each) of audio kept while the front end sleeps and replayed when the gate opens: the current one exact, the older ones at 8 kHz (<see cref="PcmPreRoll"/>; 16 ≈ 0.5 s).</summary>
        public int PreRollFrames = 16;

        /// <summary>Feature frames captured after the trigger and sent as the command (40 ≈ 1.3 s).</summary>
        public int CommandFrames = 40;

        /// <summary>
        /// Frames the wake window runs on after the trigger before it is sent (20 ≈ 0.64 s): the tiny model
        /// usually fires before the phrase ends, and the hub verifies the whole phrase. Less than <see cref="CommandFrames"/>.
        /// The default is <see cref="WearableAI.Shared.Protocol.WakeCandidateWindow.PostRollFrames"/>, which
        /// <c>wai eval</c> also uses for the cascade it measures.
        /// </summary>
        public int WakePostRollFrames = WearableAI.Shared.Protocol.WakeCandidateWindow.PostRollFrames;

        /// <summary>Hot loops done outside the interpreter (the native interop assembly of the firmware image), or null: all in C#.</summary>
        public ListeningKernels? Kernels;

        /// <summary>Throws when a value is outside the protocol's limits.</summary>
        public void Validate()
        {
            if (WindowFrames < 1 || WindowFrames > WearableAI.Shared.Protocol.ProtocolLimits.MaxFeatureFrames)
            {
                throw new System.ArgumentOutOfRangeException(nameof(WindowFrames));
            }

            if (PreRollFrames < 1 || PreRollFrames > WindowFrames)
            {
                throw new System.ArgumentOutOfRangeException(nameof(PreRollFrames));
            }

            if (CommandFrames < 1 || CommandFrames > WearableAI.Shared.Protocol.ProtocolLimits.MaxFeatureFrames)
            {
                throw new System.ArgumentOutOfRangeException(nameof(CommandFrames));
            }

            if (WakePostRollFrames < 0 || WakePostRollFrames >= CommandFrames)
            {
                throw new System.ArgumentOutOfRangeException(nameof(WakePostRollFrames));
            }
        }
    }
}
