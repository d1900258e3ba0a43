using System.Security.Cryptography;

namespace WearableAI.Hub.Security;

/// <summary>
/// Hashes a password in Mosquitto 2's password-file format (<c>$7$iterations$salt$hash</c>,
/// PBKDF2-SHA512, 12-byte salt, 64-byte hash, standard base64), so the hub can write a
/// password file for an external Mosquitto without ever storing the plain secret.
/// </summary>
public static class MosquittoPasswordHasher
{
    public const int Iterations = 1_000;

    /// <summary>The hash string of one password-file line (after <c>username:</c>).</summary>
    public static string Hash(string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(12);
        byte[] hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, 64);
        return FormattableString.Invariant($"$7${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }
}
