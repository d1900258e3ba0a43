using static TorchSharp.torch;

namespace WearableAI.Training.Tiny;

/// <summary>
/// Training windows for the tiny model, as tensors (independent of the dataset code):
/// features <c>[N, bands, frames]</c> (int8 log-mel codes as float32), labels <c>[N]</c> (int64 tiny
/// class indices) and optionally teacher logits <c>[N, teacher classes]</c> with the map from
/// teacher classes to tiny classes. The tensors stay owned by the caller.
/// </summary>
public sealed class TinyTrainingData
{
    /// <summary>Wraps the tensors after checking their shapes against each other.</summary>
    /// <param name="features">Features <c>[N, bands, frames]</c>.</param>
    /// <param name="labels">Labels <c>[N]</c>.</param>
    /// <param name="teacherLogits">Teacher logits <c>[N, K]</c>, or null.</param>
    /// <param name="teacherClassMap">K entries: the tiny class each teacher class counts for (required with teacher logits).</param>
    public TinyTrainingData(Tensor features, Tensor labels, Tensor? teacherLogits = null, IReadOnlyList<int>? teacherClassMap = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.dim() != 3)
        {
            throw new ArgumentException($"Features must be [N, bands, frames]; got [{string.Join(", ", features.shape)}].", nameof(features));
        }

        if (labels.dim() != 1 || labels.shape[0] != features.shape[0])
        {
            throw new ArgumentException($"Labels must be [{features.shape[0]}] (one per window); got [{string.Join(", ", labels.shape)}].", nameof(labels));
        }

        if (teacherLogits is not null)
        {
            if (teacherClassMap is null)
            {
                throw new ArgumentException("Teacher logits need a teacher class map (teacher class → tiny class).", nameof(teacherClassMap));
            }

            if (teacherLogits.dim() != 2 || teacherLogits.shape[0] != features.shape[0])
            {
                throw new ArgumentException($"Teacher logits must be [{features.shape[0]}, teacher classes]; got [{string.Join(", ", teacherLogits.shape)}].", nameof(teacherLogits));
            }
        }

        Features = features;
        Labels = labels.to_type(ScalarType.Int64);
        TeacherLogits = teacherLogits;
        TeacherClassMap = teacherClassMap;
    }

    /// <summary>Features <c>[N, bands, frames]</c>.</summary>
    public Tensor Features { get; }

    /// <summary>Labels <c>[N]</c> (int64).</summary>
    public Tensor Labels { get; }

    /// <summary>Teacher logits <c>[N, K]</c>, or null (no distillation).</summary>
    public Tensor? TeacherLogits { get; }

    /// <summary>Teacher class → tiny class, K entries, or null.</summary>
    public IReadOnlyList<int>? TeacherClassMap { get; }

    /// <summary>Number of windows.</summary>
    public int Count => (int)Features.shape[0];

    /// <summary>
    /// Runs a teacher (e.g. the hub model) over the features in batches without gradients and
    /// returns data carrying its logits.
    /// </summary>
    /// <param name="teacher">Features batch <c>[B, bands, frames]</c> → logits <c>[B, K]</c>.</param>
    /// <param name="classMap">Teacher class → tiny class.</param>
    /// <param name="batchSize">Windows per teacher call.</param>
    /// <returns>New data with the same features and labels.</returns>
    public TinyTrainingData WithTeacher(Func<Tensor, Tensor> teacher, IReadOnlyList<int> classMap, int batchSize = 256)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        using var noGrad = no_grad();
        var parts = new List<Tensor>();
        for (long start = 0; start < Count; start += batchSize)
        {
            using Tensor batch = Features.narrow(0, start, Math.Min(batchSize, Count - start));
            parts.Add(teacher(batch).detach());
        }

        return new TinyTrainingData(Features, Labels, cat(parts, 0), classMap);
    }

    /// <summary>Checks the data against the network shape and label count; throws a clear error.</summary>
    /// <param name="shape">The network shape.</param>
    public void Check(TinyNetShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (Count == 0)
        {
            throw new ArgumentException("Training data holds no windows.");
        }

        if (Features.shape[1] != shape.Bands)
        {
            throw new ArgumentException($"Features have {Features.shape[1]} bands; the tiny model expects {shape.Bands} (FrontEndSettings.MelBands).");
        }

        if (Features.shape[2] < shape.ReceptiveField)
        {
            throw new ArgumentException($"Windows of {Features.shape[2]} frames are shorter than the model's receptive field ({shape.ReceptiveField} frames).");
        }

        long min = Labels.min().item<long>();
        long max = Labels.max().item<long>();
        if (min < 0 || max >= shape.Classes)
        {
            throw new ArgumentException($"Labels must be tiny class indices 0…{shape.Classes - 1}; found {min}…{max}.");
        }

        if (TeacherLogits is not null && TeacherClassMap is not null)
        {
            DistillationLoss.CheckClassMap(TeacherLogits, TeacherClassMap, shape.Classes);
        }
    }
}
