using CsCheck;
using WearableAI.Shared.Protocol;

namespace WearableAI.Shared.Tests.Fuzz;

/// <summary>
/// Fuzzing of <see cref="Topics.Parse"/>, which both sides run on every topic they receive: any string gives an
/// address or a <see cref="TopicError"/>, never an exception, and an accepted topic is rebuilt from its parts.
/// </summary>
public sealed class TopicParserFuzzTests
{
    private static readonly string[] Pieces = ["wai", "v1", "v2", "dev", "grp", "status", "event", "result", "model", "config", "watch-1", "home", "", "+", "#", "$SYS", "a/b", "A", new string('x', 33), "\u00e9", "\0"];

    [Fact]
    public void Any_topic_parses_to_an_address_or_a_reason()
    {
        Gen<string> random = Gen.Char.Array[0, 80].Select(c => new string(c));
        Gen<string> shaped = Gen.Int[0, Pieces.Length - 1].Array[0, 7].Select(i => string.Join('/', i.Select(p => Pieces[p])));
        Gen.OneOf(random, shaped).Sample(
            topic =>
            {
                TopicError error = Topics.Parse(topic, out TopicAddress? address);
                Assert.True(Enum.IsDefined(error), $"undocumented reason {(int)error}");
                Assert.Equal(error == TopicError.None, address != null);
                if (address is { Scope: TopicScope.Device })
                {
                    Assert.Equal(topic, Topics.ForDevice(address.Id, address.Channel));
                }
            },
            iter: 20_000,
            time: 2);
    }
}
