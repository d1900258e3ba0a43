namespace WearableAI.Shared.Protocol
{
    /// <summary>How the hub's arbitration between devices that heard the same utterance ended for the answered device.</summary>
    public enum ArbitrationOutcome : byte
    {
        /// <summary>Only this device heard it; no arbitration took place.</summary>
        Solo = 1,

        /// <summary>Several devices heard it and this one won.</summary>
        Won = 2,

        /// <summary>Several devices heard it and another one won (named in the Result frame).</summary>
        Lost = 3,
    }
}
