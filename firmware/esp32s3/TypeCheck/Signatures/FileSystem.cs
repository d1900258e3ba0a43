#nullable disable
#pragma warning disable CS1591, CA1822, CA1008, CA1707, CA1711, CA1063, CA1816
// Signatures of nanoFramework.System.IO.FileSystem and nanoFramework.System.IO.Streams (see README.md): declarations only.
namespace System.IO
{
    public enum FileMode
    {
        CreateNew = 1,
        Create = 2,
        Open = 3,
        OpenOrCreate = 4,
        Truncate = 5,
        Append = 6,
    }

    [Flags]
    public enum FileAccess
    {
        Read = 1,
        Write = 2,
        ReadWrite = 3,
    }

    public enum SeekOrigin
    {
        Begin = 0,
        Current = 1,
        End = 2,
    }

    public abstract class Stream : IDisposable
    {
        public abstract long Length { get; }
        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void Write(byte[] buffer, int offset, int count);
        public void Dispose() { }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access) { }
        public override long Length => throw null;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw null;
        public override long Seek(long offset, SeekOrigin origin) => throw null;
        public override void Write(byte[] buffer, int offset, int count) { }
    }

    public static class File
    {
        public static bool Exists(string path) => throw null;
        public static void Delete(string path) { }
        public static void Move(string sourceFileName, string destFileName) { }
        public static byte[] ReadAllBytes(string path) => throw null;
        public static void WriteAllBytes(string path, byte[] bytes) { }
    }
}
