namespace WearableAI.Firmware.Listening
{
    /// <summary>
    /// Voice and ambient levels from the front end's <c>FrameEnergy</c> (feature units: 8 steps
    /// per octave), for the wake candidate's energy fields. Ambient is a floor that drops at once
    /// to a quieter frame and rises by 1/32 of the gap per frame; voice follows frames at least
    /// <see cref="VoiceMargin"/> above ambient with a 1/4 step. Integer, allocation-free.
    /// </summary>
    public sealed class EnergyTracker
    {
        /// <summary>Frames this many units (0.75 octave) above ambient count as voice.</summary>
        public const int VoiceMargin = 6;

        /// <summary>Counted ops per frame.</summary>
        public const int OpsPerFrame = 8;

        private int _ambientQ5 = int.MinValue;
        private int _voiceQ2 = int.MinValue;

        /// <summary>Voice energy estimate (−128 before any voice).</summary>
        public short VoiceEnergy
        {
            get { return Clamp16(_voiceQ2 == int.MinValue ? -128 : _voiceQ2 >> 2); }
        }

        /// <summary>Ambient (noise floor) energy estimate (−128 before any frame).</summary>
        public short AmbientEnergy
        {
            get { return Clamp16(_ambientQ5 == int.MinValue ? -128 : _ambientQ5 >> 5); }
        }

        /// <summary>Feeds one frame's energy.</summary>
        /// <param name="frameEnergy">The front end's <c>FrameEnergy</c>.</param>
        public void Add(int frameEnergy)
        {
            int eQ5 = frameEnergy << 5;
            if (_ambientQ5 == int.MinValue || eQ5 < _ambientQ5)
            {
                _ambientQ5 = eQ5;
            }
            else
            {
                _ambientQ5 += ((eQ5 - _ambientQ5) >> 5) + 1;
            }

            if (frameEnergy >= (_ambientQ5 >> 5) + VoiceMargin)
            {
                int eQ2 = frameEnergy << 2;
                _voiceQ2 = _voiceQ2 == int.MinValue ? eQ2 : _voiceQ2 + ((eQ2 - _voiceQ2) >> 2);
            }
        }

        /// <summary>Forgets both estimates.</summary>
        public void Reset()
        {
            _ambientQ5 = int.MinValue;
            _voiceQ2 = int.MinValue;
        }

        private static short Clamp16(int value)
        {
            return (short)(value < -32768 ? -32768 : (value > 32767 ? 32767 : value));
        }
    }
}
