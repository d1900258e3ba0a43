namespace WearableAI.Shared.Protocol
{
    /// <summary>What the watch's recognition pipeline is doing, reported in the Status frame.</summary>
    public enum PipelineState : byte
    {
        /// <summary>Booting or connecting; not listening yet.</summary>
        Starting = 1,

        /// <summary>Only the cheap gates run (voice activity, wrist raise).</summary>
        Idle = 2,

        /// <summary>Voice present: the front end and the tiny model run.</summary>
        Listening = 3,

        /// <summary>A wake candidate was sent; waiting for the hub's result.</summary>
        AwaitingResult = 4,

        /// <summary>Receiving or installing a model; recognition paused.</summary>
        UpdatingModel = 5,

        /// <summary>Stopped after an error (see the last Error frame).</summary>
        Faulted = 6,
    }
}
