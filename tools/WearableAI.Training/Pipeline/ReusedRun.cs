using System.Text.Json;
using WearableAI.Training.Data;
using WearableAI.Training.Models;

namespace WearableAI.Training.Pipeline;

/// <summary>
/// A finished run whose teacher and hub model a new run keeps (<c>wai train --from RUN</c>), so that only
/// the watch model is trained again: minutes instead of a quarter of an hour when the tiny stage is
/// what is being tuned. The teacher/ and hub/ folders are copied into the new run unchanged, so the new
/// run is complete on its own (eval and ship read it like any other).
/// </summary>
public sealed class ReusedRun
{
    private ReusedRun(string root, KeywordNetShape teacherShape, ModelMetrics teacher, ModelMetrics hub)
    {
        Root = root;
        TeacherShape = teacherShape;
        TeacherMetrics = teacher;
        HubMetrics = hub;
    }

    /// <summary>The reused run's folder.</summary>
    public string Root { get; }

    /// <summary>The teacher's network shape (from teacher/config.json).</summary>
    public KeywordNetShape TeacherShape { get; }

    /// <summary>The teacher's metrics as the reused run recorded them.</summary>
    public ModelMetrics TeacherMetrics { get; }

    /// <summary>The hub model's metrics (wake threshold included) as the reused run recorded them.</summary>
    public ModelMetrics HubMetrics { get; }

    /// <summary>Checks that <paramref name="folder"/> is a finished run on the same data and reads what is kept.</summary>
    /// <param name="folder">The run to reuse.</param>
    /// <param name="dataHash">Hash of the data of the new run; the reused models must come from the same data.</param>
    /// <exception cref="DatasetException">Not a finished run, a missing or unreadable file, or other data (one line).</exception>
    public static ReusedRun Open(string folder, string dataHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string root = Path.GetFullPath(folder);
        if (!File.Exists(Path.Combine(root, RunFolder.FinishedMarker)))
        {
            throw new DatasetException($"--from {root} is not a finished wai train run (no {RunFolder.FinishedMarker})");
        }

        foreach (string file in new[] { "teacher/teacher.dat", "teacher/config.json", "teacher/metrics.json", "hub/hub.onnx", "hub/config.json", "hub/metrics.json" })
        {
            if (!File.Exists(Path.Combine(root, file)))
            {
                throw new DatasetException($"--from {root} has no {file}; only a complete run can be reused");
            }
        }

        JsonElement config = Read<JsonElement>(root, "teacher/config.json");
        string? trainedOn = config.TryGetProperty("dataHash", out JsonElement hash) ? hash.GetString() : null;
        if (trainedOn != dataHash)
        {
            throw new DatasetException($"--from {root} was trained on data {trainedOn ?? "(unknown)"}, not on this data ({dataHash}); train every stage instead");
        }

        KeywordNetShape shape = (config.TryGetProperty("network", out JsonElement network) ? network.Deserialize<KeywordNetShape>(JsonFile.Options) : null)
            ?? throw new DatasetException($"--from {root}: teacher/config.json has no network shape");
        return new ReusedRun(root, shape, Read<ModelMetrics>(root, "teacher/metrics.json"), Read<ModelMetrics>(root, "hub/metrics.json"));
    }

    /// <summary>Copies teacher/ and hub/ into the new run's folder.</summary>
    /// <param name="newRoot">The new run's folder.</param>
    public void CopyInto(string newRoot)
    {
        foreach (string model in new[] { "teacher", "hub" })
        {
            string target = Path.Combine(newRoot, model);
            Directory.CreateDirectory(target);
            foreach (string file in Directory.EnumerateFiles(Path.Combine(Root, model)))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }
    }

    /// <summary>The teacher with its trained weights, in eval mode.</summary>
    /// <param name="classes">Classes of the vocabulary (must match the saved network).</param>
    public KeywordNet LoadTeacher(int classes)
    {
        if (TeacherShape.Classes != classes)
        {
            throw new DatasetException($"--from {Root}: its teacher has {TeacherShape.Classes} classes, this vocabulary {classes}");
        }

        var teacher = new KeywordNet(TeacherShape);
        teacher.load(Path.Combine(Root, "teacher", "teacher.dat"));
        teacher.eval();
        return teacher;
    }

    private static T Read<T>(string root, string relative)
    {
        string path = Path.Combine(root, relative);
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), JsonFile.Options) ?? throw new DatasetException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new DatasetException($"{path} is not valid JSON: {e.Message}", e);
        }
    }
}
