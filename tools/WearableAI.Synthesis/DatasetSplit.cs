namespace WearableAI.Synthesis;

/// <summary>Which part of the dataset a clip belongs to; held-out voices never reach <see cref="Train"/>.</summary>
public enum DatasetSplit
{
    /// <summary>Used to fit models.</summary>
    Train,

    /// <summary>Used to choose thresholds and stop training; its voices are not in training.</summary>
    Validation,

    /// <summary>Used for the figures we report; its voices are in neither other split.</summary>
    Test,
}
