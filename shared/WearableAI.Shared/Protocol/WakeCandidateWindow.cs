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
        /// Feature frames the wake window runs on after the trigger (20 ≈ 0.64 s): the tiny model usually
        /// fires before the phrase ends, and the hub verifies the whole phrase. The window's last frame is
        /// trigger frame + this. Chosen on the validation split (held-out voices and engines), where the
        /// cascade's miss at the hub's threshold fell from 20.0 % (12 frames) to 15.6 % and its DET curve
        /// lay below 12's at every false-accept rate; scoring several crops of a longer window and
        /// combining them (agreement of neighbours, maximum, mean) bought nothing at equal false accepts
        /// (docs/evaluation.md, "One decision rule"). The command window is captured after the trigger
        /// anyway, so the longer post-roll delays only the wake verdict, not the command's.
        /// </summary>
        public const int PostRollFrames = 20;
    }
}
