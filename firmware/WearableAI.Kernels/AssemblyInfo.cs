using System.Reflection;
using System.Runtime.CompilerServices;

// The native part's version: written into the C++ skeleton (CLR_RT_NativeAssemblyData). Raise it when an extern
// declaration changes; the native checksum covers the declarations too.
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyNativeVersion("1.0.0.0")]
