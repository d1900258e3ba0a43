using MQTTnet;
using WearableAI.Hub.Broker;
using WearableAI.Hub.HomeAssistant;
using WearableAI.Hub.Security;

namespace WearableAI.Hub.Tests.HomeAssistant;

/// <summary>The hub's connection to Home Assistant's broker over TLS trusts the configured CA, and only with it.</summary>
public sealed class BrokerTlsTests
{
    [Fact]
    public async Task The_connection_trusts_the_brokers_private_CA_when_it_is_configured_and_refuses_the_broker_otherwise()
    {
        await using HomeAssistantBroker broker = await HomeAssistantBroker.StartAsync(tls: true);
        HomeAssistantOptions options = Samples.Options();
        options.Broker.Url = $"mqtts://127.0.0.1:{broker.Port}";
        options.Broker.Username = HomeAssistantBroker.HubUser;
        options.Broker.Password = HomeAssistantBroker.HubPassword;

        options.Broker.CaCertificatePath = broker.CaPath!;
        using (IMqttClient trusting = new MqttClientFactory().CreateMqttClient())
        {
            MqttClientConnectResult result = await trusting.ConnectAsync(Build(options));
            Assert.Equal(MqttClientConnectResultCode.Success, result.ResultCode);
            await trusting.DisconnectAsync();
        }

        options.Broker.CaCertificatePath = "";
        using IMqttClient untrusting = new MqttClientFactory().CreateMqttClient();
        await Assert.ThrowsAnyAsync<Exception>(() => untrusting.ConnectAsync(Build(options)));
        Assert.False(untrusting.IsConnected);
    }

    private static MqttClientOptions Build(HomeAssistantOptions options) =>
        HomeAssistantLinkOptions.Build(options, new BrokerOptions(), new HubCredential(), new HomeAssistantTopics(options));
}
