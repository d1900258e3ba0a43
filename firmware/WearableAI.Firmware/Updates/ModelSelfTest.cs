using WearableAI.Firmware.Listening;
using WearableAI.Shared.Models;

namespace WearableAI.Firmware.Updates
{
    /// <summary>
    /// The check a new model must pass on the watch before it is swapped in. The blob carries no
    /// expected output, so the golden input is built in: <see cref="SilenceFrames"/> frames of
    /// digital silence (every feature −128, what the front end gives for a muted microphone).
    /// The model must run through them (every layer, its real working buffers) and must not
    /// trigger the wake word on them: a model that fires on silence would flood the hub.
    /// </summary>
    /// <remarks>
    /// Decided over "a test vector stored in the model store": the model store holds blobs
    /// only, and the check must run before a swap with nothing else to trust. A hub-computed
    /// expected output can be added later as an optional blob section.
    /// </remarks>
    public static class ModelSelfTest
    {
        /// <summary>Frames of silence pushed through the model (≈ 3 s).</summary>
        public const int SilenceFrames = 96;

        /// <summary>Runs the check; never throws.</summary>
        /// <param name="model">A model accepted by <see cref="ModelBlobLoader"/>.</param>
        /// <returns>Null when the model passed, else a sentence saying why not.</returns>
        public static string? Run(WatchModel model)
        {
            try
            {
                KeywordSpotter spotter = new KeywordSpotter(model);
                sbyte[] silence = new sbyte[model.InputBands];
                for (int i = 0; i < silence.Length; i++)
                {
                    silence[i] = -128;
                }

                for (int f = 0; f < SilenceFrames; f++)
                {
                    if (spotter.PushFrame(silence, 0, null))
                    {
                        return "the model triggers on silence";
                    }
                }

                return spotter.Rows > 0 ? null : "the model produced no output on 96 frames";
            }
            catch (System.Exception)
            {
                return "the model failed to run";
            }
        }
    }
}
