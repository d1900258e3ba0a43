using WearableAI.Training.Tiny;
using static TorchSharp.torch;

namespace WearableAI.Training.Tests.Tiny;

/// <summary>
/// A small generated task with the shape of the real one: 1.5 s windows (47 frames × 32 bands)
/// of int8 "log-mel" noise; "hey_nano" is a low-band burst followed by a high-band burst ending
/// somewhere in the window; "unknown" is the same bursts in the other order or a third band
/// burst (so the model must use time, not just which bands light up); "silence" is noise only.
/// </summary>
internal static class SyntheticWakeTask
{
    public const int Bands = 32;
    public const int Frames = 47;
    public static readonly int[] TeacherClassMap = [0, 1, 1, 1, 2]; // hey_nano, yes, no, unknown, silence

    public static TinyTrainingData Create(int count, int seed, bool withTeacher = false)
    {
        var random = new Random(seed);
        var features = new float[count * Bands * Frames];
        var labels = new long[count];
        var teacher = new float[count * TeacherClassMap.Length];
        for (int n = 0; n < count; n++)
        {
            int label = n % 3;
            labels[n] = label;
            int offset = n * Bands * Frames;
            for (int i = 0; i < Bands * Frames; i++)
            {
                features[offset + i] = Math.Clamp((float)Math.Round(-70 + (Gaussian(random) * 10)), -128, 127);
            }

            int end = random.Next(30, Frames + 1);
            if (label == 0)
            {
                Burst(features, offset, 4, end - 18, end - 9);
                Burst(features, offset, 18, end - 9, end);
            }
            else if (label == 1 && random.Next(2) == 0)
            {
                Burst(features, offset, 18, end - 18, end - 9);
                Burst(features, offset, 4, end - 9, end);
            }
            else if (label == 1)
            {
                Burst(features, offset, 26, end - 14, end);
            }

            int teacherClass = label == 0 ? 0 : label == 2 ? 4 : 1 + random.Next(3);
            for (int c = 0; c < TeacherClassMap.Length; c++)
            {
                teacher[(n * TeacherClassMap.Length) + c] = (c == teacherClass ? 4f : 0f) + (float)Gaussian(random);
            }
        }

        Tensor x = tensor(features, [count, Bands, Frames]);
        Tensor y = tensor(labels);
        return withTeacher ? new TinyTrainingData(x, y, tensor(teacher, [count, TeacherClassMap.Length]), TeacherClassMap) : new TinyTrainingData(x, y);
    }

    private static void Burst(float[] features, int offset, int firstBand, int from, int to)
    {
        for (int b = firstBand; b < firstBand + 6; b++)
        {
            for (int f = Math.Max(from, 0); f < to; f++)
            {
                int at = offset + (b * Frames) + f;
                features[at] = Math.Min(127, features[at] + 90);
            }
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
