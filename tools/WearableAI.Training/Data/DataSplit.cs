namespace WearableAI.Training.Data;

/// <summary>Which part of the dataset a clip belongs to (Speech Commands split lists, by voice).</summary>
public enum DataSplit
{
    /// <summary>Used to fit weights.</summary>
    Train,

    /// <summary>Used for early stopping and the reported validation figures.</summary>
    Validation,

    /// <summary>Held-out voices: never seen by training.</summary>
    Test,
}
