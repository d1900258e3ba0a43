using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Simulation;

/// <summary>Model slots in memory, with the flash's A/B semantics of <see cref="IModelStore"/>.</summary>
public sealed class InMemoryModelStore : IModelStore
{
    private readonly byte[][] _slots;
    private readonly int[] _lengths = new int[2];
    private int _active;

    /// <summary>Creates two empty slots.</summary>
    /// <param name="slotBytes">Capacity of each slot (the watch reserves 16 KB of weights plus header).</param>
    public InMemoryModelStore(int slotBytes = 32 * 1024)
    {
        _slots = [new byte[slotBytes], new byte[slotBytes]];
    }

    /// <summary>Bytes stored in a slot.</summary>
    /// <param name="slot">Which slot.</param>
    /// <returns>Its length.</returns>
    public int Length(ModelSlot slot) => _lengths[Physical(slot)];

    /// <inheritdoc/>
    public int Read(ModelSlot slot, int position, byte[] buffer, int offset, int count)
    {
        int physical = Physical(slot);
        int available = Math.Max(0, _lengths[physical] - position);
        int n = Math.Min(count, available);
        Array.Copy(_slots[physical], position, buffer, offset, n);
        return n;
    }

    /// <inheritdoc/>
    public void WriteStaging(int position, byte[] buffer, int offset, int count)
    {
        int physical = Physical(ModelSlot.Staging);
        if (position + count > _slots[physical].Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "model image larger than the slot");
        }

        if (position == 0)
        {
            _lengths[physical] = 0;
        }

        Array.Copy(buffer, offset, _slots[physical], position, count);
        _lengths[physical] = Math.Max(_lengths[physical], position + count);
    }

    /// <inheritdoc/>
    public void Swap() => _active = 1 - _active;

    private int Physical(ModelSlot slot) => slot == ModelSlot.Active ? _active : 1 - _active;
}
