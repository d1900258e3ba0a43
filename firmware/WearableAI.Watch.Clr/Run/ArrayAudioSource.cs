using WearableAI.Firmware.Hardware;

namespace WearableAI.Watch.Clr.Run
{
    /// <summary>A microphone that plays a script of PCM pieces: clips and seeded noise, joined end to end.</summary>
    public sealed class ArrayAudioSource : IAudioSource
    {
        private readonly AudioScript _script;
        private int _position;

        /// <summary>Plays <paramref name="script"/> from its first sample.</summary>
        /// <param name="script">What to play.</param>
        public ArrayAudioSource(AudioScript script)
        {
            _script = script;
        }

        /// <inheritdoc/>
        public int SampleRate
        {
            get { return 16000; }
        }

        /// <summary>True once every sample has been read.</summary>
        public bool IsFinished
        {
            get { return _position >= _script.Length; }
        }

        /// <inheritdoc/>
        public int Read(short[] buffer, int offset, int count)
        {
            int n = _script.Copy(_position, buffer, offset, count);
            _position += n;
            return n;
        }
    }
}
