namespace WearableAI.Synthesis.Recordings;

/// <summary>What a packaged recording holds.</summary>
public enum RecordingKind
{
    /// <summary>Real human voices: running-speech negatives, unknown words, babble.</summary>
    HumanSpeech,

    /// <summary>Music: game soundtracks, loops and MIDI rendered with fluidsynth.</summary>
    Music,

    /// <summary>Ambient sound and effects: rain, wind, animals, machines, explosions.</summary>
    Ambient,

    /// <summary>A measured room response (or reflection pattern) to convolve speech with.</summary>
    RoomImpulseResponse,
}
