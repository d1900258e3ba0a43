namespace WearableAI.Hub.Tests;
