using WearableAI.Firmware.Hardware;

namespace WearableAI.Firmware.Host.Simulation;

/// <summary>A button pressed by the test or the console simulator.</summary>
public sealed class SimulatedButton : IButton
{
    /// <inheritdoc/>
    public bool IsPressed { get; private set; }

    /// <inheritdoc/>
    public int PressCount { get; private set; }

    /// <summary>Presses the button down (counts one press).</summary>
    public void Press()
    {
        if (!IsPressed)
        {
            IsPressed = true;
            PressCount++;
        }
    }

    /// <summary>Lets the button go.</summary>
    public void Release() => IsPressed = false;
}
