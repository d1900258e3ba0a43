namespace WearableAI.Firmware.Link
{
    /// <summary>What a transport does with a received MQTT message, as <see cref="TopicRouter.Route"/> decides.</summary>
    public enum TopicRoute
    {
        /// <summary>For this watch: hand it to the firmware on the channel the router names.</summary>
        Deliver = 0,

        /// <summary>This watch's own status or event, echoed by its <c>dev/&lt;id&gt;/+</c> subscription: ignore silently.</summary>
        OwnEcho = 1,

        /// <summary>Not this watch's nor its group's, or not a topic of the contract: drop and count.</summary>
        Foreign = 2,
    }
}
