namespace WearableAI.Hub.Broker;

/// <summary>Optional TLS listener of the embedded broker (section <c>Hub:Broker:Tls</c>); off while no certificate is set.</summary>
public sealed class BrokerTlsOptions
{
    /// <summary>A PFX (PKCS#12) file, or a PEM certificate file (then <see cref="KeyPath"/> names its PEM key).</summary>
    public string CertificatePath { get; set; } = "";

    /// <summary>PEM private key file, for a PEM certificate.</summary>
    public string KeyPath { get; set; } = "";

    /// <summary>Password of the PFX file, if any.</summary>
    public string Password { get; set; } = "";

    /// <summary>TLS port.</summary>
    public int Port { get; set; } = 8883;

    public bool Enabled => !string.IsNullOrWhiteSpace(CertificatePath);
}
