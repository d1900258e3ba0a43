namespace WearableAI.Synthesis.Recordings;

/// <summary>One decoded recording of the catalogue.</summary>
/// <param name="Source">Family name (<see cref="RecordingSource.Name"/>), e.g. <c>hedgewars-data/voices</c>.</param>
/// <param name="Package">The Debian package it came from (or <c>fluidsynth</c> for rendered music).</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Split">The split it belongs to.</param>
/// <param name="Path">Where it came from: a file of the package tree, <c>archive!entry</c>, or a rendering's name.</param>
/// <param name="SampleCount">Length at 16 kHz.</param>
public sealed record RecordingEntry(string Source, string Package, RecordingKind Kind, DatasetSplit Split, string Path, int SampleCount)
{
    /// <summary>Length in seconds.</summary>
    public double Seconds => SampleCount / (double)SynthesisSettings.SampleRate;
}
