using System.Diagnostics;
using System.Text.RegularExpressions;
using WearableAI.Training.Data;

namespace WearableAI.Training.Eval.Peer;

/// <summary>
/// Debian's CMU PocketSphinx (bookworm: 0.8+5prealpha, <c>pocketsphinx_batch</c>) with its
/// <c>pocketsphinx-en-us</c> acoustic model and dictionary, run as processes over raw 16 kHz PCM
/// utterances, several at a time. Evaluation only: nothing of it reaches training.
/// </summary>
/// <remarks>
/// <c>pocketsphinx_batch -ctl</c> decodes each listed file as one utterance (no voice-activity
/// segmentation) and writes one hypothesis line per utterance, <c>text (id score)</c>. Input is
/// dithered (<c>-dither yes</c>, fixed <c>-seed</c>) so that digital silence does not upset the
/// cepstral mean; the result is deterministic for the same audio.
/// </remarks>
public sealed partial class SphinxRecogniser
{
    /// <summary>The Debian packages that provide it (scripts/lib/system-packages.sh).</summary>
    public const string Packages = "pocketsphinx pocketsphinx-en-us";

    /// <summary>The batch decoder.</summary>
    public const string Program = "/usr/bin/pocketsphinx_batch";

    /// <summary>The US English model folder of <c>pocketsphinx-en-us</c>.</summary>
    public const string ModelFolder = "/usr/share/pocketsphinx/model/en-us";

    /// <summary>Seconds of audio per batch process (the unit of parallel work and of progress).</summary>
    public const double SecondsPerBatch = 120;

    /// <summary>Creates a recogniser running up to <paramref name="parallel"/> decoders at once.</summary>
    public SphinxRecogniser(int parallel)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        Parallel = parallel;
    }

    /// <summary>Decoders run at once.</summary>
    public int Parallel { get; }

    /// <summary>The acoustic model.</summary>
    public static string AcousticModel => Path.Combine(ModelFolder, "en-us");

    /// <summary>The pronouncing dictionary (CMUdict).</summary>
    public static string Dictionary => Path.Combine(ModelFolder, "cmudict-en-us.dict");

    /// <summary>Null when the decoder and model are installed, else a sentence saying what is missing.</summary>
    public static string? Unavailable()
    {
        if (!File.Exists(Program)) return $"{Program} is not installed (apt-get install {Packages})";
        if (!File.Exists(Dictionary) || !Directory.Exists(AcousticModel)) return $"the pocketsphinx-en-us model is not in {ModelFolder} (apt-get install {Packages})";
        return null;
    }

    /// <summary>
    /// Decodes every utterance (raw 16-bit mono 16 kHz files in <paramref name="folder"/> named
    /// <c>&lt;id&gt;.raw</c>) with the search given by <paramref name="search"/> (e.g. <c>-kws FILE -dict FILE</c>
    /// or <c>-jsgf FILE</c>); returns the hypothesis text per id ("" when nothing was found).
    /// </summary>
    /// <param name="folder">Where the raw files are; the control and hypothesis files are written there too.</param>
    /// <param name="utterances">Ids and their lengths in seconds (to balance the batches and report progress).</param>
    /// <param name="search">Search options.</param>
    /// <param name="task">Progress task name.</param>
    /// <param name="progress">Progress, in seconds of audio.</param>
    /// <exception cref="DatasetException">A decoder failed.</exception>
    public IReadOnlyDictionary<string, string> Decode(string folder, IReadOnlyList<(string Id, double Seconds)> utterances, IReadOnlyList<string> search, string task, IWorkProgress progress)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(progress);
        var batches = new List<List<(string Id, double Seconds)>>();
        double filled = double.MaxValue;
        foreach ((string Id, double Seconds) u in utterances)
        {
            if (filled >= SecondsPerBatch)
            {
                batches.Add([]);
                filled = 0;
            }

            batches[^1].Add(u);
            filled += u.Seconds;
        }

        progress.Begin(task, (long)Math.Ceiling(utterances.Sum(u => u.Seconds)));
        var hypotheses = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        string tag = $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..16];
        System.Threading.Tasks.Parallel.For(0, batches.Count, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, b =>
        {
            string control = Path.Combine(folder, $"batch-{tag}-{b}.ctl");
            string hyp = Path.Combine(folder, $"batch-{tag}-{b}.hyp");
            File.WriteAllLines(control, batches[b].Select(u => u.Id));
            Run(folder, control, hyp, search);
            foreach ((string id, string text) in ReadHypotheses(hyp)) hypotheses[id] = text;
            progress.Advance((long)Math.Round(batches[b].Sum(u => u.Seconds)));
        });
        return utterances.ToDictionary(u => u.Id, u => hypotheses.GetValueOrDefault(u.Id, string.Empty), StringComparer.Ordinal);
    }

    /// <summary>Reads a <c>-hyp</c> file: per line, the utterance id and the recognised text.</summary>
    public static IEnumerable<(string Id, string Text)> ReadHypotheses(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            Match m = HypothesisLine().Match(line);
            if (m.Success) yield return (m.Groups["id"].Value, m.Groups["text"].Value.Trim());
        }
    }

    private static void Run(string folder, string control, string hyp, IReadOnlyList<string> search)
    {
        var start = new ProcessStartInfo(Program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] common =
        [
            "-hmm", AcousticModel, "-ctl", control, "-cepdir", folder, "-cepext", ".raw", "-adcin", "yes", "-adchdr", "0",
            "-samprate", "16000", "-dither", "yes", "-seed", "1", "-hyp", hyp, "-logfn", "/dev/null",
        ];
        foreach (string a in common.Concat(search)) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new DatasetException($"cannot start {Program}");
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !File.Exists(hyp))
        {
            string last = error.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            throw new DatasetException($"{Program} failed (exit {process.ExitCode}): {last}");
        }
    }

    [GeneratedRegex(@"^(?<text>.*)\((?<id>\S+) -?\d+\)\s*$")]
    private static partial Regex HypothesisLine();
}
