namespace WearableAI.Shared.Protocol
{
    /// <summary>The range rules shared by the frame kinds (docs/protocol.md, "Field types").</summary>
    internal static class FieldChecks
    {
        /// <summary>True for bytes 0x20 (space) to 0x7E (~): the only characters of wire strings.</summary>
        /// <param name="value">The byte or character code.</param>
        /// <returns>Whether it may appear in a wire string.</returns>
        public static bool IsPrintableAscii(int value)
        {
            return value >= 0x20 && value <= 0x7E;
        }

        /// <summary>Checks a free-text string: not null, <paramref name="minLength"/>..<paramref name="maxLength"/> printable ASCII characters.</summary>
        /// <param name="value">The string.</param>
        /// <param name="minLength">Fewest characters.</param>
        /// <param name="maxLength">Most characters.</param>
        /// <returns><see cref="FrameError.None"/> or <see cref="FrameError.BadString"/>.</returns>
        public static FrameError CheckText(string value, int minLength, int maxLength)
        {
            if (value == null || value.Length < minLength || value.Length > maxLength)
            {
                return FrameError.BadString;
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (!IsPrintableAscii(value[i]))
                {
                    return FrameError.BadString;
                }
            }

            return FrameError.None;
        }

        /// <summary>Checks a device or group id (see <see cref="Topics.IsValidId"/>), or an empty string when allowed.</summary>
        /// <param name="value">The id.</param>
        /// <param name="allowEmpty">Whether "" (no id) is accepted.</param>
        /// <returns><see cref="FrameError.None"/> or <see cref="FrameError.BadString"/>.</returns>
        public static FrameError CheckId(string value, bool allowEmpty)
        {
            if (value != null && value.Length == 0 && allowEmpty)
            {
                return FrameError.None;
            }

            return Topics.IsValidId(value) ? FrameError.None : FrameError.BadString;
        }

        /// <summary>True for 0..100 (percent) and 255 (unknown).</summary>
        /// <param name="value">The battery byte.</param>
        /// <returns>Whether it is a valid battery value.</returns>
        public static bool IsBattery(byte value)
        {
            return value <= 100 || value == ProtocolLimits.BatteryUnknown;
        }

        /// <summary>True for Q15 values 0..32767 (scores, confidences, thresholds are never negative).</summary>
        /// <param name="value">The Q15 value.</param>
        /// <returns>Whether it is in range.</returns>
        public static bool IsQ15Probability(short value)
        {
            return value >= 0;
        }

        /// <summary>Combines checks: the first error wins.</summary>
        /// <param name="first">Earlier result.</param>
        /// <param name="second">Later result.</param>
        /// <returns><paramref name="first"/> unless it is None, else <paramref name="second"/>.</returns>
        public static FrameError First(FrameError first, FrameError second)
        {
            return first != FrameError.None ? first : second;
        }
    }
}
