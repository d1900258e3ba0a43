using WearableAI.Shared.Audio;
using WearableAI.Shared.Models;

namespace WearableAI.Firmware.Tests.Listening;

/// <summary>Independent model of what the pre-roll keeps, for checking the replayed frames.</summary>
internal static class PreRollAudio
{
    /// <summary>
    /// A copy of <paramref name="pcm"/> in which the <paramref name="blocks"/> − 1 blocks before
    /// block <paramref name="openedAtBlock"/> − 1 (the block in which the gate opened) are
    /// replaced by their pair averages, each repeated, except their last 8 samples.
    /// </summary>
    public static short[] AsKept(short[] pcm, int openedAtBlock, int blocks)
    {
        short[] kept = (short[])pcm.Clone();
        int onsetStart = (openedAtBlock - 1) * 512;
        int start = onsetStart - ((blocks - 1) * 512);
        for (int i = start; i < onsetStart - 8; i += 2)
        {
            short average = (short)((pcm[i] + pcm[i + 1]) >> 1);
            kept[i] = average;
            kept[i + 1] = average;
        }

        return kept;
    }

    /// <summary>The front end's frames over <paramref name="pcm"/> from <paramref name="start"/>, from a fresh front end.</summary>
    public static List<sbyte[]> Frames(WatchModel model, short[] pcm, int start, int count)
    {
        LogMelFrontEnd frontEnd = new(model.Settings);
        List<sbyte[]> frames = [];
        for (int i = start; frames.Count < count && i < pcm.Length;)
        {
            sbyte[] features = new sbyte[model.Settings.MelBands];
            i += frontEnd.Process(pcm, i, pcm.Length - i, features, 0, null);
            if (frontEnd.FrameReady)
            {
                frames.Add(features);
            }
        }

        return frames;
    }
}
