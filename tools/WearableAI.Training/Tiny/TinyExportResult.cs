using WearableAI.Shared.Models;

namespace WearableAI.Training.Tiny;

/// <summary>The exported watch model.</summary>
/// <param name="Blob">The <c>.waim</c> bytes (validated by <c>ModelBlobLoader</c>).</param>
/// <param name="Model">The blob's content as the watch loads it.</param>
/// <param name="Parity">Bit-exactness and agreement on the golden windows, and the cost figures.</param>
public sealed record TinyExportResult(byte[] Blob, WatchModel Model, TinyParityReport Parity);
