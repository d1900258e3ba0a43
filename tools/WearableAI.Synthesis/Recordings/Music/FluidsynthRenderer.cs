using System.Diagnostics;

namespace WearableAI.Synthesis.Recordings.Music;

/// <summary>
/// Renders a MIDI file to mono float audio with <c>fluidsynth</c> and the General MIDI sound font
/// of <c>fluid-soundfont-gm</c> (read through the <see cref="PackageFileGate"/>; it is on the
/// allow-list by name). fluidsynth writes raw 16-bit stereo at the project's rate; the two
/// channels are averaged.
/// </summary>
public sealed class FluidsynthRenderer
{
    /// <summary>The sound font, by name.</summary>
    public const string SoundFont = "/usr/share/sounds/sf2/FluidR3_GM.sf2";

    private readonly PackageFileGate _gate;
    private readonly int _sampleRate;

    /// <summary>A renderer reading the sound font through <paramref name="gate"/>.</summary>
    public FluidsynthRenderer(PackageFileGate gate, int sampleRate)
    {
        _gate = gate ?? throw new ArgumentNullException(nameof(gate));
        _sampleRate = sampleRate;
    }

    /// <summary>The audio of <paramref name="midi"/> (a Standard MIDI File's bytes).</summary>
    public float[] Render(byte[] midi)
    {
        ArgumentNullException.ThrowIfNull(midi);
        string soundFont = _gate.Authorize(SoundFont);
        if (!File.Exists(soundFont)) throw new InvalidOperationException($"{SoundFont} is missing: install fluid-soundfont-gm (scripts/lib/system-packages.sh)");
        string folder = Directory.CreateTempSubdirectory("wai-midi-").FullName;
        try
        {
            string input = Path.Combine(folder, "piece.mid"), output = Path.Combine(folder, "piece.raw");
            File.WriteAllBytes(input, midi);
            var start = new ProcessStartInfo("fluidsynth") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in new[] { "-n", "-i", "-q", "-g", "0.5", "-r", _sampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-T", "raw", "-O", "s16", "-E", "little", "-F", output, soundFont, input })
            {
                start.ArgumentList.Add(a);
            }

            using Process fluidsynth = Process.Start(start) ?? throw new InvalidOperationException("could not start fluidsynth (Debian package fluidsynth)");
            Task<string> errors = fluidsynth.StandardError.ReadToEndAsync();
            fluidsynth.StandardOutput.ReadToEnd();
            fluidsynth.WaitForExit();
            if (fluidsynth.ExitCode != 0 || !File.Exists(output)) throw new InvalidOperationException($"fluidsynth failed ({fluidsynth.ExitCode}): {errors.Result.Trim()}");

            byte[] raw = File.ReadAllBytes(output);
            var mono = new float[raw.Length / 4];
            for (int i = 0; i < mono.Length; i++)
            {
                mono[i] = (BitConverter.ToInt16(raw, 4 * i) + BitConverter.ToInt16(raw, (4 * i) + 2)) / 65536f;
            }

            return mono;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
