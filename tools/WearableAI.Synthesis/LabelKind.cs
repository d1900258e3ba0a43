namespace WearableAI.Synthesis;

/// <summary>What a label folder holds.</summary>
public enum LabelKind
{
    /// <summary>The wake phrase.</summary>
    Wake,

    /// <summary>One of the ten command words.</summary>
    Command,

    /// <summary>Negatives that sound like the wake phrase; count as unknown.</summary>
    Confusable,

    /// <summary>Other speech; counts as unknown.</summary>
    Unknown,

    /// <summary>No speech: quiet noise or digital silence.</summary>
    Silence,
}
