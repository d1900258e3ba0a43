using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>
    /// A microphone that plays a script of PCM pieces. The script is rendered into one array when the
    /// source is made, so that a read costs what a driver's read costs (one native array copy) and not the
    /// noise generator's work: the bench counts the watch, not its test audio.
    /// </summary>
    public sealed class ArrayAudioSource : IAudioSource
    {
        private readonly short[] _pcm;
        private int _position;

        /// <summary>Renders <paramref name="script"/>.</summary>
        /// <param name="script">What to play.</param>
        public ArrayAudioSource(AudioScript script)
        {
            _pcm = new short[script.Length];
            script.Copy(0, _pcm, 0, _pcm.Length);
        }

        /// <inheritdoc/>
        public int SampleRate
        {
            get { return 16000; }
        }

        /// <summary>True once every sample has been read.</summary>
        public bool IsFinished
        {
            get { return _position >= _pcm.Length; }
        }

        /// <inheritdoc/>
        public int Read(short[] buffer, int offset, int count)
        {
            int n = _pcm.Length - _position;
            if (n > count)
            {
                n = count;
            }

            System.Array.Copy(_pcm, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }
}
