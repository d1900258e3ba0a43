namespace WearableAI.Firmware.Clr.Run
{
    /// <summary>
    /// The audio of each run. Clips play at half gain (the shipped clips are normalised to a loudest 32 ms
    /// block of RMS 10,000) over white noise of peak 100 (≈ −50 dBFS, the demo's floor), as in
    /// the firmware's shipped-clip tests.
    /// </summary>
    public static class Scripts
    {
        /// <summary>Peak of the background noise.</summary>
        public const int NoisePeak = 100;

        /// <summary>Samples per second.</summary>
        public const int Rate = 16000;

        /// <summary>1.5 s of noise, the wake phrase, 0.25 s of noise, the command, 3 s of noise (the verdict times out: the command goes out unverified).</summary>
        /// <param name="wake">"hey nano".</param>
        /// <param name="command">A command word.</param>
        /// <returns>The script.</returns>
        public static AudioScript Utterance(short[] wake, short[] command)
        {
            AudioScript script = new AudioScript();
            script.AddNoise(Rate * 3 / 2, NoisePeak, 1);
            script.AddClip(wake, 128);
            script.AddNoise(Rate / 4, NoisePeak, 2);
            script.AddClip(command, 128);
            script.AddNoise(Rate * 3, NoisePeak, 3);
            return script;
        }

        /// <summary>Idle: <paramref name="seconds"/> of the noise floor alone (the gate never opens).</summary>
        /// <param name="seconds">Length.</param>
        /// <returns>The script.</returns>
        public static AudioScript Idle(int seconds)
        {
            AudioScript script = new AudioScript();
            script.AddNoise(Rate * seconds, NoisePeak, 4);
            return script;
        }

        /// <summary>
        /// Speech: 0.5 s of noise, then wake phrase and command over and over (0.1 s apart) for about
        /// <paramref name="seconds"/>: the gate opens once and stays open, so front end and model run throughout.
        /// </summary>
        /// <param name="wake">"hey nano".</param>
        /// <param name="command">A command word.</param>
        /// <param name="seconds">About how long.</param>
        /// <returns>The script.</returns>
        public static AudioScript Speech(short[] wake, short[] command, int seconds)
        {
            AudioScript script = new AudioScript();
            script.AddNoise(Rate / 2, NoisePeak, 5);
            int length = Rate / 2;
            uint seed = 6;
            while (length < Rate * seconds)
            {
                script.AddClip(wake, 128);
                script.AddNoise(Rate / 10, NoisePeak, seed++);
                script.AddClip(command, 128);
                script.AddNoise(Rate / 10, NoisePeak, seed++);
                length += wake.Length + command.Length + (Rate / 5);
            }

            return script;
        }
    }
}
