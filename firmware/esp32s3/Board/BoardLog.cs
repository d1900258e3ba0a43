using System;

namespace WearableAI.Esp32S3.Board
{
    /// <summary>
    /// The adapter's diagnostics: lines on the console (nanoFramework's <c>Console.WriteLine</c>, the
    /// serial/USB output nanoff and Visual Studio show), which a Release build keeps — unlike
    /// <c>Debug.WriteLine</c>, which nanoFramework's mscorlib marks <c>[Conditional("DEBUG")]</c> so the
    /// compiler removes it. The last line is also kept for the next status report.
    /// </summary>
    public static class BoardLog
    {
        private static string _last = string.Empty;

        /// <summary>The last line written.</summary>
        public static string Last
        {
            get { return _last; }
        }

        /// <summary>Writes one line, prefixed "wai: ". Never a secret: callers pass keys and states, not values.</summary>
        /// <param name="text">The line.</param>
        public static void Line(string text)
        {
            _last = text;
            Console.WriteLine("wai: " + text);
        }
    }
}
