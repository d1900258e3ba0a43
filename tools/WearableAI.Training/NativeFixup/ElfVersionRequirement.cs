// This file is compiled twice: into WearableAI.Training (where the tests use it) and, as source,
// into the inline MSBuild task of WearableAI.Training.targets. So it targets what both compilers
// have: netstandard2.0 APIs, a block-scoped namespace, usings at the top, nothing but this type.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace WearableAI.Training.NativeFixup
{
    /// <summary>
    /// Reads and relaxes symbol-version requirements (<c>.gnu.version_r</c>) of a 64-bit
    /// little-endian ELF shared object. Used to let TorchSharp's <c>libLibTorchSharp.so</c>
    /// load against an older libstdc++: it asks for <c>GLIBCXX_3.4.32</c> only for
    /// <c>_ZSt21ios_base_library_initv</c>, a symbol nothing ever calls.
    /// </summary>
    /// <remarks>
    /// Relaxing does two things, both needed and both in place (the file keeps its size):
    /// the version index of each symbol bound to that version is set to 1 ("global,
    /// unversioned") in <c>.gnu.version</c>, and the requirement's auxiliary entry is marked
    /// <c>VER_FLG_WEAK</c>, which makes glibc's loader accept its absence. Clearing the
    /// symbol versions alone (as <c>patchelf --clear-symbol-version</c> does) is not enough:
    /// the loader checks every entry of <c>.gnu.version_r</c>, used or not.
    /// </remarks>
    public static class ElfVersionRequirement
    {
        /// <summary>The <c>vna_flags</c> bit that makes a version requirement non-fatal.</summary>
        public const ushort WeakFlag = 0x2;

        private const uint SectionDynamicSymbols = 11;
        private const uint SectionVersionDefinitions = 0x6ffffffd;
        private const uint SectionVersionNeeds = 0x6ffffffe;
        private const uint SectionVersionSymbols = 0x6fffffff;
        private const int SymbolEntrySize = 24;

        /// <summary>
        /// True when <paramref name="path"/> requires <paramref name="version"/> of
        /// <paramref name="library"/> as a hard (non-weak) requirement, i.e. the loader refuses
        /// it where that version is missing.
        /// </summary>
        /// <exception cref="InvalidDataException">The file is not a 64-bit little-endian ELF file.</exception>
        public static bool IsRequired(string path, string library, string version)
        {
            byte[] image = ReadElf(path);
            int aux = FindNeededVersion(image, path, library, version, out _);
            return aux >= 0 && (ReadUInt16(image, aux + 4) & WeakFlag) == 0;
        }

        /// <summary>
        /// True when the shared object at <paramref name="path"/> defines <paramref name="version"/>
        /// (for example the system's <c>libstdc++.so.6</c> and <c>GLIBCXX_3.4.32</c>).
        /// </summary>
        /// <exception cref="InvalidDataException">The file is not a 64-bit little-endian ELF file.</exception>
        public static bool IsDefined(string path, string version)
        {
            byte[] image = ReadElf(path);
            Section[] sections = ReadSections(image);
            foreach (Section definitions in sections)
            {
                if (definitions.Type != SectionVersionDefinitions)
                {
                    continue;
                }

                long strings = sections[definitions.Link].Offset;
                long entry = definitions.Offset;
                for (uint i = 0; i < definitions.Info; i++)
                {
                    // Elf64_Verdef: vd_version, vd_flags, vd_ndx, vd_cnt (u16), vd_hash, vd_aux, vd_next (u32).
                    long firstAux = entry + ReadUInt32(image, entry + 12);
                    if (ReadString(image, strings + ReadUInt32(image, firstAux)) == version)
                    {
                        return true;
                    }

                    entry += ReadUInt32(image, entry + 16);
                }
            }

            return false;
        }

        /// <summary>
        /// Makes the requirement of <paramref name="version"/> of <paramref name="library"/>
        /// weak and unbinds the symbols that used it. Writes the file only when something
        /// changes (a new file renamed over the old one, so hard links such as a package cache
        /// are never modified), keeping its last-write time so that an incremental build does
        /// not copy the original over it again.
        /// </summary>
        /// <param name="path">The shared object to patch in place.</param>
        /// <param name="library">The needed library, e.g. <c>libstdc++.so.6</c>.</param>
        /// <param name="version">The version to relax, e.g. <c>GLIBCXX_3.4.32</c>.</param>
        /// <param name="allowedSymbols">Symbols known never to be called; if any other symbol uses
        /// the version, nothing is written and <see cref="InvalidOperationException"/> is thrown.</param>
        /// <param name="unboundSymbols">The symbols whose version binding was cleared by this call.</param>
        /// <returns>True when the file was changed; false when it already was as wanted or never needed the version.</returns>
        /// <exception cref="InvalidDataException">The file is not a 64-bit little-endian ELF file.</exception>
        /// <exception cref="InvalidOperationException">A symbol outside <paramref name="allowedSymbols"/> uses the version.</exception>
        public static bool Relax(string path, string library, string version, string[] allowedSymbols, out string[] unboundSymbols)
        {
            unboundSymbols = new string[0];
            byte[] image = ReadElf(path);
            int aux = FindNeededVersion(image, path, library, version, out ushort versionIndex);
            if (aux < 0)
            {
                return false;
            }

            Section[] sections = ReadSections(image);
            Section symbols = Find(sections, SectionDynamicSymbols, path);
            Section versions = Find(sections, SectionVersionSymbols, path);
            long strings = sections[symbols.Link].Offset;
            var unbound = new List<string>();
            long count = symbols.Size / SymbolEntrySize;
            for (long i = 0; i < count; i++)
            {
                long slot = versions.Offset + (2 * i);
                if ((ReadUInt16(image, slot) & 0x7fff) != versionIndex)
                {
                    continue;
                }

                string name = ReadString(image, strings + ReadUInt32(image, symbols.Offset + (i * SymbolEntrySize)));
                if (Array.IndexOf(allowedSymbols, name) < 0)
                {
                    throw new InvalidOperationException(
                        "'" + path + "' uses " + version + " for '" + name + "', which is not known to be safe to unbind; not patched.");
                }

                WriteUInt16(image, slot, 1);
                unbound.Add(name);
            }

            unboundSymbols = unbound.ToArray();
            ushort flags = ReadUInt16(image, aux + 4);
            if ((flags & WeakFlag) != 0 && unbound.Count == 0)
            {
                return false;
            }

            WriteUInt16(image, aux + 4, (ushort)(flags | WeakFlag));
            ReplaceKeepingTimestamp(path, image);
            return true;
        }

        private static int FindNeededVersion(byte[] image, string path, string library, string version, out ushort versionIndex)
        {
            versionIndex = 0;
            Section[] sections = ReadSections(image);
            foreach (Section needs in sections)
            {
                if (needs.Type != SectionVersionNeeds)
                {
                    continue;
                }

                long strings = sections[needs.Link].Offset;
                long entry = needs.Offset;
                for (uint i = 0; i < needs.Info; i++)
                {
                    // Elf64_Verneed: vn_version, vn_cnt (u16), vn_file, vn_aux, vn_next (u32).
                    int auxCount = ReadUInt16(image, entry + 2);
                    bool isLibrary = ReadString(image, strings + ReadUInt32(image, entry + 4)) == library;
                    long aux = entry + ReadUInt32(image, entry + 8);
                    for (int j = 0; j < auxCount && isLibrary; j++)
                    {
                        // Elf64_Vernaux: vna_hash (u32), vna_flags, vna_other (u16), vna_name, vna_next (u32).
                        if (ReadString(image, strings + ReadUInt32(image, aux + 8)) == version)
                        {
                            versionIndex = (ushort)(ReadUInt16(image, aux + 6) & 0x7fff);
                            return checked((int)aux);
                        }

                        aux += ReadUInt32(image, aux + 12);
                    }

                    entry += ReadUInt32(image, entry + 12);
                }
            }

            return -1;
        }

        private static byte[] ReadElf(string path)
        {
            byte[] image = File.ReadAllBytes(path);
            bool isElf = image.Length >= 64 && image[0] == 0x7f && image[1] == (byte)'E' && image[2] == (byte)'L' && image[3] == (byte)'F';
            if (!isElf)
            {
                throw new InvalidDataException("'" + path + "' is not an ELF file (no \\x7fELF header); refusing to patch it.");
            }

            if (image[4] != 2 || image[5] != 1)
            {
                throw new InvalidDataException("'" + path + "' is an ELF file but not 64-bit little-endian; only x86-64/arm64 Linux objects are supported.");
            }

            return image;
        }

        private static Section[] ReadSections(byte[] image)
        {
            long offset = (long)ReadUInt64(image, 0x28);
            int entrySize = ReadUInt16(image, 0x3a);
            int count = ReadUInt16(image, 0x3c);
            if (offset <= 0 || offset + ((long)entrySize * count) > image.Length || entrySize < 64)
            {
                throw new InvalidDataException("ELF section headers are missing or truncated.");
            }

            var sections = new Section[count];
            for (int i = 0; i < count; i++)
            {
                long header = offset + ((long)i * entrySize);
                sections[i] = new Section(
                    ReadUInt32(image, header + 4),
                    (long)ReadUInt64(image, header + 24),
                    (long)ReadUInt64(image, header + 32),
                    ReadUInt32(image, header + 40),
                    ReadUInt32(image, header + 44));
            }

            return sections;
        }

        private static Section Find(Section[] sections, uint type, string path)
        {
            foreach (Section section in sections)
            {
                if (section.Type == type)
                {
                    return section;
                }
            }

            throw new InvalidDataException("'" + path + "' has no ELF section of type 0x" + type.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ".");
        }

        private static void ReplaceKeepingTimestamp(string path, byte[] image)
        {
            DateTime lastWrite = File.GetLastWriteTimeUtc(path);
            string temporary = path + ".patching";
            File.WriteAllBytes(temporary, image);
            File.SetLastWriteTimeUtc(temporary, lastWrite);
            File.Delete(path);
            File.Move(temporary, path);
        }

        private static ushort ReadUInt16(byte[] image, long at) => (ushort)(image[at] | (image[at + 1] << 8));

        private static uint ReadUInt32(byte[] image, long at) => ReadUInt16(image, at) | ((uint)ReadUInt16(image, at + 2) << 16);

        private static ulong ReadUInt64(byte[] image, long at) => ReadUInt32(image, at) | ((ulong)ReadUInt32(image, at + 4) << 32);

        private static void WriteUInt16(byte[] image, long at, ushort value)
        {
            image[at] = (byte)value;
            image[at + 1] = (byte)(value >> 8);
        }

        private static string ReadString(byte[] image, long at)
        {
            long end = at;
            while (end < image.Length && image[end] != 0)
            {
                end++;
            }

            return Encoding.ASCII.GetString(image, checked((int)at), checked((int)(end - at)));
        }

        private readonly struct Section
        {
            public Section(uint type, long offset, long size, uint link, uint info)
            {
                Type = type;
                Offset = offset;
                Size = size;
                Link = link;
                Info = info;
            }

            public uint Type { get; }

            public long Offset { get; }

            public long Size { get; }

            public uint Link { get; }

            public uint Info { get; }
        }
    }
}
