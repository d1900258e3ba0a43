namespace WearableAI.Firmware.Hardware
{
    /// <summary>The two model slots of the watch's flash: the model in use and the one being received.</summary>
    public enum ModelSlot
    {
        /// <summary>The model the tiny pipeline runs.</summary>
        Active = 0,

        /// <summary>The slot a model update is written to; becomes active on <see cref="IModelStore.Swap"/>.</summary>
        Staging = 1,
    }
}
