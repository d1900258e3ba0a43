namespace WearableAI.Shared.Protocol
{
    /// <summary>
    /// Where the features of a wake candidate lie relative to the tiny model's trigger: the window runs on
    /// for <see cref="PostRollFrames"/> feature frames after the trigger frame and ends there. One value for
    /// the firmware's default (<c>ListeningOptions.WakePostRollFrames</c>) and for <c>wai eval</c>, which
    /// verifies the same window when it measures the cascade (docs/evaluation.md).
    /// </summary>
    public static class WakeCandidateWindow
    {
        /// <summary>
        /// Feature frames the wake window runs on after the trigger (12 ≈ 0.38 s): the tiny model may fire
        /// before the phrase ends, and the hub verifies the whole phrase (its training windows end 6–13
        /// frames after it). The window's last frame is trigger frame + this.
        /// </summary>
        public const int PostRollFrames = 12;
    }
}
