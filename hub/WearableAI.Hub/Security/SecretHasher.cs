using System.Security.Cryptography;

namespace WearableAI.Hub.Security;

/// <summary>
/// Device secrets: generated randomly, stored only as a salted PBKDF2-SHA256 hash, compared in
/// constant time. The secrets are 256 random bits, so the iteration count guards against a stolen
/// database only as a second line; it is kept moderate because every MQTT connect verifies one.
/// </summary>
public static class SecretHasher
{
    public const int Iterations = 10_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const int SecretBytes = 32;

    /// <summary>A new random secret, URL-safe base64 (43 characters).</summary>
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>Hashes a secret with a new random salt.</summary>
    public static (byte[] Hash, byte[] Salt) Hash(string secret)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return (Derive(secret, salt), salt);
    }

    /// <summary>True when <paramref name="secret"/> matches the stored hash (constant-time compare).</summary>
    public static bool Verify(string? secret, byte[] hash, byte[] salt)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Derive(secret, salt), hash);
    }

    /// <summary>URL-safe base64 without padding.</summary>
    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Derive(string secret, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(secret, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
