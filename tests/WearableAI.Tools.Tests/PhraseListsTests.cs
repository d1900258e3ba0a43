using WearableAI.Synthesis;

namespace WearableAI.Tools.Tests;

public class PhraseListsTests
{
    [Fact]
    public void Confusables_for_hey_nano_include_the_wake_words_alone_and_near_rhymes_but_never_the_wake_phrase()
    {
        var phrases = new PhraseLists("Hey  Nano");
        Assert.Equal("hey nano", phrases.WakePhrase);
        Assert.Equal("hey_nano", phrases.WakeLabel);
        Assert.Contains("nano", phrases.Confusables);
        Assert.Contains("hey", phrases.Confusables);
        Assert.Contains("hey mario", phrases.Confusables);
        Assert.Contains("hey mano", phrases.Confusables);
        Assert.Contains("banana", phrases.Confusables);
        Assert.DoesNotContain("hey nano", phrases.Confusables);
    }

    [Fact]
    public void Another_wake_phrase_gets_its_own_folder_and_confusables()
    {
        var phrases = new PhraseLists("hey jarvis");
        Assert.Equal("hey_jarvis", phrases.WakeLabel);
        Assert.Contains("jarvis", phrases.Confusables);
        Assert.Contains("hey marvis", phrases.Confusables);
        Assert.DoesNotContain("hey jarvis", phrases.Confusables);
    }

    [Fact]
    public void Unknown_words_are_never_commands_wake_words_or_confusables()
    {
        var phrases = new PhraseLists("hey nano");
        foreach (string word in phrases.UnknownWords)
        {
            Assert.DoesNotContain(word, PhraseLists.CommandWords);
            Assert.DoesNotContain(word, phrases.Confusables);
            Assert.NotEqual(phrases.WakePhrase, word);
        }
    }

    [Fact]
    public void Background_sentences_never_contain_the_wake_phrase()
    {
        var phrases = new PhraseLists("marvin");
        var random = new ClipRandom(11);
        for (int i = 0; i < 2000; i++)
        {
            Assert.DoesNotContain(" marvin ", " " + PhraseLists.Normalize(phrases.Sentence(random)) + " ", StringComparison.Ordinal);
        }
    }
}
